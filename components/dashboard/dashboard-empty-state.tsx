import { BookmarkPlus, ClipboardList } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

/** Before the first order: what the dashboard will show and where to start. */
export function DashboardEmptyState({ org, canOrder }: { org: string; canOrder: boolean }) {
  return (
    <EmptyState
      icon={ClipboardList}
      title="No orders to show yet"
      description="Once orders are placed, this page counts them by status and type, pins backorders awaiting your approval (they expire after 4 hours) and orders Lumen rejected, and follows Lumen's notifications as they arrive."
      needsFirst={canOrder ? "An order placed through the portal: a reservation, or an install or port of numbers you already hold." : "An operator of this organization placing an order."}
      action={
        canOrder && (
          <Button variant="outline" size="sm" asChild>
            <Link href={`/${org}/reserve`}>
              <BookmarkPlus aria-hidden />
              Reserve numbers
            </Link>
          </Button>
        )
      }
    />
  );
}
