"use client";

import { RotateCw, TriangleExclamationPoint } from "lucide-react";
import Link from "next/link";
import { useParams } from "next/navigation";
import { useEffect } from "react";
import { Button } from "@/components/ui/button";

interface PortalErrorProps {
  error: unknown;
  retry: () => void;
}

// Errors from server components arrive with a generic message and a digest that matches
// the server log; the digest is all we show, as a reference for support.
export default function PortalError({ error, retry }: PortalErrorProps) {
  const { org } = useParams<{ org: string }>();
  const digest = error instanceof Error && "digest" in error ? String(error.digest) : null;

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <div role="alert" className="mx-auto flex max-w-lg flex-col items-center gap-4 py-16 text-center">
      <span className="flex size-12 items-center justify-center rounded-full bg-destructive/10 text-destructive">
        <TriangleExclamationPoint aria-hidden className="size-6" />
      </span>
      <h1 className="text-xl font-semibold">This page could not be loaded</h1>
      <p className="text-sm text-muted-foreground">
        Something went wrong on our side. If you had just placed an order, look for it under Orders before
        placing it again: every order is recorded before it is sent to Lumen.
      </p>
      {digest && <p className="font-mono text-xs text-muted-foreground">Reference: {digest}</p>}
      <div className="flex flex-wrap justify-center gap-2">
        <Button onClick={retry}>
          <RotateCw aria-hidden />
          Try again
        </Button>
        <Button variant="outline" asChild>
          <Link href={`/${org}`}>Go to the dashboard</Link>
        </Button>
      </div>
    </div>
  );
}
