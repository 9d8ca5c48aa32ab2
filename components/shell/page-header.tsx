import type { ReactNode } from "react";

interface PageHeaderProps {
  title: string;
  description?: ReactNode;
  /** Buttons on the right, e.g. "New order". */
  actions?: ReactNode;
}

/** Where focus goes when the control a person used is gone (see focusPageHeading). */
const PAGE_HEADING = "data-page-heading";

/** What makes an h1 the page's heading: focusable by script, found by focusPageHeading. */
export const PAGE_HEADING_PROPS = { tabIndex: -1, [PAGE_HEADING]: "" } as const;

export function PageHeader({ title, description, actions }: PageHeaderProps) {
  return (
    <div className="flex flex-wrap items-start justify-between gap-4">
      <div className="flex min-w-0 flex-col gap-1">
        <h1 {...PAGE_HEADING_PROPS} className="text-2xl font-semibold tracking-tight outline-none">
          {title}
        </h1>
        {description && <p className="max-w-3xl text-sm text-muted-foreground">{description}</p>}
      </div>
      {actions && <div className="flex min-w-0 flex-wrap items-center gap-2">{actions}</div>}
    </div>
  );
}

/** Focuses the page's heading: after an action whose button the action removed, so focus is not lost to the body. */
export function focusPageHeading(): void {
  pageHeading()?.focus();
}

export function pageHeading(): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[${PAGE_HEADING}]`);
}
