import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";
import { PAGE_HEADING_PROPS } from "@/components/shell/page-header";
import { cn } from "./cn";

interface EmptyStateProps {
  icon: LucideIcon;
  title: string;
  /** One sentence: what will be here. */
  description: ReactNode;
  /** What has to happen before anything shows up. */
  needsFirst?: ReactNode;
  /** A way forward, e.g. a link to the page that creates the first item. */
  action?: ReactNode;
  /** 3 when the empty state sits inside a card that has its own h2; 1 when it is the whole page. */
  headingLevel?: 1 | 2 | 3;
  className?: string;
}

export function EmptyState({
  icon: Icon,
  title,
  description,
  needsFirst,
  action,
  headingLevel = 2,
  className,
}: EmptyStateProps) {
  const Heading = headingLevel === 1 ? "h1" : headingLevel === 2 ? "h2" : "h3";
  return (
    <div
      className={cn(
        "flex flex-col items-center gap-3 rounded-lg border border-dashed px-6 py-10 text-center",
        className,
      )}
    >
      <span className="flex size-10 items-center justify-center rounded-full bg-muted text-muted-foreground">
        <Icon aria-hidden className="size-5" />
      </span>
      <div className="flex max-w-prose flex-col gap-1">
        <Heading {...(headingLevel === 1 && PAGE_HEADING_PROPS)} className="text-base font-semibold outline-none">
          {title}
        </Heading>
        <p className="text-sm text-muted-foreground">{description}</p>
      </div>
      {needsFirst && (
        <p className="max-w-prose text-sm">
          <span className="font-medium">Needed first: </span>
          {needsFirst}
        </p>
      )}
      {action}
    </div>
  );
}
