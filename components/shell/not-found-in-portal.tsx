"use client";

import type { LucideIcon } from "lucide-react";
import Link from "next/link";
import { useParams } from "next/navigation";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

interface NotFoundInPortalProps {
  icon: LucideIcon;
  title: string;
  description: string;
  /** The list to go back to, under the organization: its path and the link's words. */
  back: { path: string; label: string };
}

/**
 * A record that does not exist, or is not this user's to see, answered inside the portal
 * frame (navigation and header stay) with the way back to its list, rather than the
 * site-wide "Page not found".
 */
export function NotFoundInPortal({ icon, title, description, back }: NotFoundInPortalProps) {
  const { org } = useParams<{ org: string }>();
  return (
    <EmptyState
      icon={icon}
      title={title}
      description={description}
      headingLevel={1}
      action={
        <Button variant="outline" asChild>
          <Link href={`/${org}/${back.path}`}>{back.label}</Link>
        </Button>
      }
      className="mt-6"
    />
  );
}
