import { ChevronLeft, ChevronRight } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";

interface ReservedPaginationProps {
  /** The list's address without `page`, e.g. "/demo/numbers?NPA=602". */
  baseHref: string;
  page: number;
  pageSize: number;
  pageCount: number;
  /** Lumen's count for the filters it applies. */
  total: number;
  /** With the rate-center filter: how many of this page's rows it kept. */
  shownOfPage?: number;
}

function hrefFor(baseHref: string, page: number) {
  const [path = "", query = ""] = baseHref.split("?");
  const params = new URLSearchParams(query);
  if (page > 1) params.set("page", String(page));
  else params.delete("page");
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

// Lumen pages the inventory; we follow its pages (Previous / Next), so a rate-center filter
// can leave a page shorter than the others.
export function ReservedPagination({ baseHref, page, pageSize, pageCount, total, shownOfPage }: ReservedPaginationProps) {
  const offset = (page - 1) * pageSize;
  const last = Math.min(total, offset + pageSize);
  const first = last <= offset ? 0 : offset + 1;

  return (
    <nav aria-label="Pages of reserved numbers" className="flex flex-wrap items-center justify-between gap-3 text-sm">
      <p className="text-muted-foreground" aria-live="polite">
        {shownOfPage !== undefined && <span>{shownOfPage} in this rate center, of Lumen&apos;s rows </span>}
        {first}–{last} of {total} reserved {total === 1 ? "number" : "numbers"}
        {pageCount > 1 && <span> · page {page} of {pageCount}</span>}
      </p>
      <div className="flex items-center gap-2">
        {page > 1 ? (
          <Button variant="outline" size="sm" asChild>
            <Link href={hrefFor(baseHref, page - 1)} aria-label="Previous page">
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
            <Link href={hrefFor(baseHref, page + 1)} aria-label="Next page">
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
