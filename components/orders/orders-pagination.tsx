import { Pager } from "@/components/ui/pager";

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

export function OrdersPagination({ baseHref, page, pageSize, pageCount, total, shown }: OrdersPaginationProps) {
  const offset = (page - 1) * pageSize;
  const rowsOfPage = Math.min(pageSize, Math.max(0, total - offset));
  const first = offset + 1;
  const last = offset + rowsOfPage;
  // Orders awaiting approval are pinned on top of every page, beyond the page's own rows.
  const pinned = Math.max(0, shown - rowsOfPage);
  return (
    <Pager label="Pages of orders" baseHref={baseHref} page={page} pageCount={pageCount}>
      {page > pageCount
        ? `Page ${page} is past the end: ${total} ${total === 1 ? "order" : "orders"} on ${pageCount} ${pageCount === 1 ? "page" : "pages"}`
        : rowsOfPage === 0
          ? `${total} ${total === 1 ? "order" : "orders"}`
          : `${first}–${last} of ${total} ${total === 1 ? "order" : "orders"}`}
      {pinned > 0 && <span> · plus {pinned} awaiting approval, pinned on top</span>}
    </Pager>
  );
}
