import { ChevronLeft, ChevronRight } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";

interface OrdersPaginationProps {
  /** The list's address without `page`, e.g. "/demo/orders?status=failed". */
  baseHref: string;
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
  /** Rows shown on this page: the page's own, plus the orders awaiting approval pinned on top. */
  shown: number;
}

function hrefFor(baseHref: string, page: number) {
  const [path = "", query = ""] = baseHref.split("?");
  const params = new URLSearchParams(query);
  if (page > 1) params.set("page", String(page));
  else params.delete("page");
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

export function OrdersPagination({ baseHref, page, pageSize, pageCount, total, shown }: OrdersPaginationProps) {
  const offset = (page - 1) * pageSize;
  const rowsOfPage = Math.min(pageSize, Math.max(0, total - offset));
  const first = rowsOfPage === 0 ? 0 : offset + 1;
  const last = offset + rowsOfPage;
  // Orders awaiting approval are pinned on top of every page, beyond the page's own rows.
  const pinned = Math.max(0, shown - rowsOfPage);
  const hasPrevious = page > 1;
  const hasNext = page < pageCount;

  return (
    <nav aria-label="Pages of orders" className="flex flex-wrap items-center justify-between gap-3 text-sm">
      <p className="text-muted-foreground" aria-live="polite">
        {first}–{last} of {total} {total === 1 ? "order" : "orders"}
        {pinned > 0 && <span> · plus {pinned} awaiting approval, pinned on top</span>}
        {pageCount > 1 && <span> · page {page} of {pageCount}</span>}
      </p>
      <div className="flex items-center gap-2">
        {hasPrevious ? (
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
        {hasNext ? (
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
