import { Pager } from "@/components/ui/pager";

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

// Lumen pages the inventory; we follow its pages (Previous / Next), so a rate-center filter
// can leave a page shorter than the others.
export function ReservedPagination({ baseHref, page, pageSize, pageCount, total, shownOfPage }: ReservedPaginationProps) {
  const offset = (page - 1) * pageSize;
  const last = Math.min(total, offset + pageSize);
  const first = last <= offset ? 0 : offset + 1;
  return (
    <Pager label="Pages of reserved numbers" baseHref={baseHref} page={page} pageCount={pageCount}>
      {shownOfPage !== undefined && <span>{shownOfPage} in this rate center, of Lumen&apos;s rows </span>}
      {first}–{last} of {total} reserved {total === 1 ? "number" : "numbers"}
    </Pager>
  );
}
