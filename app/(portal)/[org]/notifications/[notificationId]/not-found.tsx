"use client";

import { Bell } from "lucide-react";
import Link from "next/link";
import { useParams } from "next/navigation";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

// Inside the portal frame: the notification does not exist, or is not this user's to see.
export default function NotificationNotFound() {
  const { org } = useParams<{ org: string }>();
  return (
    <EmptyState
      icon={Bell}
      title="Notification not found"
      description="There is no such notification in this organization, or it concerns orders you do not have access to. Check the address, or find it in the list by its code, order or telephone number."
      action={
        <Button variant="outline" asChild>
          <Link href={`/${org}/notifications`}>Back to notifications</Link>
        </Button>
      }
      className="mt-6"
    />
  );
}
