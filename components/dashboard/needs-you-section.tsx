import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";

/** One column of "Needs you": a heading, then its items, or a line saying there are none. `count` is the number of items. */
export function NeedsYouSection({ icon: Icon, title, count, empty, children }: { icon: LucideIcon; title: string; count: number; empty: string; children: ReactNode }) {
  return (
    <section className="flex flex-col gap-2">
      <h3 className="flex items-center gap-1.5 text-sm font-medium">
        <Icon aria-hidden className="size-4 text-muted-foreground" />
        {title}
      </h3>
      {count === 0 ? (
        <p className="text-sm text-muted-foreground">{empty}</p>
      ) : (
        <ul aria-label={title} className="flex flex-col gap-3">
          {children}
        </ul>
      )}
    </section>
  );
}
