"use client";

import { ClipboardList } from "lucide-react";
import { NotFoundInPortal } from "@/components/shell/not-found-in-portal";

// The order does not exist, or belongs to someone this user may not see.
export default function OrderNotFound() {
  return (
    <NotFoundInPortal
      icon={ClipboardList}
      title="Order not found"
      description="There is no such order in this organization, or it belongs to a sub-account you do not have access to. Check the address, or find the order by its telephone number or order ID."
      back={{ path: "orders", label: "Back to orders" }}
    />
  );
}
