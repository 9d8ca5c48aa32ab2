"use client";

import Link from "next/link";
import { useEffect } from "react";
import { Button } from "@/components/ui/button";

// Errors outside an organization's pages (the start page, sign-in, setup) and errors
// of the portal layout itself, such as the database being unreachable. Only the
// digest is shown: it matches the server log and reveals nothing.
export default function RootError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && "digest" in error ? String(error.digest) : null;
  useEffect(() => console.error(error), [error]);
  return (
    <main role="alert" className="flex min-h-dvh flex-col items-center justify-center gap-4 px-4 text-center">
      <h1 className="text-xl font-semibold">The portal could not load this page</h1>
      <p className="max-w-md text-sm text-muted-foreground">
        Something went wrong on our side, or a service the portal needs is not answering. Please try again in a moment.
      </p>
      {digest && <p className="font-mono text-xs text-muted-foreground">Reference: {digest}</p>}
      <div className="flex gap-2">
        <Button onClick={retry}>Try again</Button>
        <Button variant="outline" asChild>
          <Link href="/">Go to the start page</Link>
        </Button>
      </div>
    </main>
  );
}
