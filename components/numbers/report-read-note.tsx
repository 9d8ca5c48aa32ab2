import { RefreshCw } from "lucide-react";
import Link from "next/link";
import { OrderTime } from "@/components/orders/order-time";

/**
 * When the list's copy of Lumen's report was read, and a way to read it again: pages and
 * filters of one view reuse that read (see readActiveReportSnapshot), so the reader must
 * know how fresh it is.
 */
export function ReportReadNote({ readAt, readAgainHref }: { readAt: Date; readAgainHref: string }) {
  return (
    <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted-foreground">
      <span>
        Lumen&apos;s report as read <OrderTime value={readAt.toISOString()} />; pages and filters use this read.
      </span>
      <Link href={readAgainHref} className="inline-flex items-center gap-1 font-medium text-foreground underline underline-offset-4">
        <RefreshCw aria-hidden className="size-3.5" />
        Read it again
      </Link>
    </p>
  );
}
