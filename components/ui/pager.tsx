import { ChevronLeft, ChevronRight } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";

/** The list's address for `page`, keeping its other search parameters. */
export function pageHref(baseHref: string, page: number): string {
  const [path = "", query = ""] = baseHref.split("?");
  const params = new URLSearchParams(query);
  if (page > 1) params.set("page", String(page));
  else params.delete("page");
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * Server-side paging as links (so back, forward and shared addresses work): a summary
 * the list words itself, and Previous / Next, disabled at the ends.
 */
export function Pager({ label, baseHref, page, pageCount, children }: { label: string; baseHref: string; page: number; pageCount: number; children: ReactNode }) {
  return (
    <nav aria-label={label} className="flex flex-wrap items-center justify-between gap-3 text-sm">
      <p className="text-muted-foreground" aria-live="polite">
        {children}
        {pageCount > 1 && page <= pageCount && <span> · page {page} of {pageCount}</span>}
      </p>
      <div className="flex items-center gap-2">
        {page > 1 ? (
          <Button variant="outline" size="sm" asChild>
            {/* From past the end (an old link, a typed address), back to the last page there is. */}
            <Link href={pageHref(baseHref, Math.min(page - 1, pageCount))} aria-label="Previous page">
              <ChevronLeft aria-hidden />
              Previous
            </Link>
          </Button>
        ) : (
          <Button variant="outline" size="sm" disabled aria-label="Previous page">
            <ChevronLeft aria-hidden />
            Previous
          </Button>
        )}
        {page < pageCount ? (
          <Button variant="outline" size="sm" asChild>
            <Link href={pageHref(baseHref, page + 1)} aria-label="Next page">
              Next
              <ChevronRight aria-hidden />
            </Link>
          </Button>
        ) : (
          <Button variant="outline" size="sm" disabled aria-label="Next page">
            Next
            <ChevronRight aria-hidden />
          </Button>
        )}
      </div>
    </nav>
  );
}
