import { Compass } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";

export const metadata: Metadata = { title: "Page not found" };

// Also what a user sees for an organization they do not belong to: a stranger learns
// nothing about whether it exists.
export default function NotFound() {
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center gap-4 px-4 text-center">
      <span className="flex size-12 items-center justify-center rounded-full bg-muted text-muted-foreground">
        <Compass aria-hidden className="size-6" />
      </span>
      <h1 className="text-xl font-semibold">Page not found</h1>
      <p className="max-w-md text-sm text-muted-foreground">
        The address may be mistyped or out of date, or it belongs to an organization your account is not a member of.
      </p>
      <Button asChild>
        <Link href="/">Go to the start page</Link>
      </Button>
    </main>
  );
}
