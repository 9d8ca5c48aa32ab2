"use client";

import { ClipboardList } from "lucide-react";
import Link from "next/link";
import { useParams } from "next/navigation";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

// Inside the portal frame: the order does not exist, or belongs to someone this user may not see.
export default function OrderNotFound() {
  const { org } = useParams<{ org: string }>();
  return (
    <EmptyState
      icon={ClipboardList}
      title="Order not found"
      description="There is no such order in this organization, or it belongs to a sub-account you do not have access to. Check the address, or find the order by its telephone number or order ID."
      action={
        <Button variant="outline" asChild>
          <Link href={`/${org}/orders`}>Back to orders</Link>
        </Button>
      }
      className="mt-6"
    />
  );
}
