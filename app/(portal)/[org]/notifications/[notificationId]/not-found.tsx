"use client";

import { Bell } from "lucide-react";
import { NotFoundInPortal } from "@/components/shell/not-found-in-portal";

// The notification does not exist, or is not this user's to see.
export default function NotificationNotFound() {
  return (
    <NotFoundInPortal
      icon={Bell}
      title="Notification not found"
      description="There is no such notification in this organization, or it concerns orders you do not have access to. Check the address, or find it in the list by its code, order or telephone number."
      back={{ path: "notifications", label: "Back to notifications" }}
    />
  );
}
