"use client";

import type { ReactNode } from "react";
import { FilterActions } from "./filter-actions";
import { useUrlFilterForm } from "./use-url-filter-form";

interface UrlFilterFormProps {
  /** Names the search landmark, e.g. "Filter orders". */
  label: string;
  /** The filters the address holds now. */
  values: object;
  /** Whether any filter is set ("Clear filters" is offered then). */
  active: boolean;
  /** The fields; `actions` (Clear and Apply) goes wherever the layout wants it. */
  children: (actions: ReactNode) => ReactNode;
}

/** The frame every list's filter bar shares: a search landmark whose state lives in the URL. */
export function UrlFilterForm({ label, values, active, children }: UrlFilterFormProps) {
  const { pathname, pending, apply } = useUrlFilterForm();
  return (
    <form
      // Remount on a new address so that back/forward shows that address's filters.
      key={JSON.stringify(values)}
      method="get"
      action={pathname}
      onSubmit={apply}
      role="search"
      aria-label={label}
      className="flex flex-col gap-4 rounded-lg border bg-card p-4 shadow-xs"
    >
      {children(<FilterActions active={active} pathname={pathname} pending={pending} />)}
    </form>
  );
}
