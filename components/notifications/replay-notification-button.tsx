"use client";

import { RotateCcw } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { NotificationOutcome } from "@/lib/db/generated/enums";
import type { ReplayResult } from "@/lib/notifications/replay-notification";

interface ErrorBody {
  error?: { code?: string; message?: string };
}

// Runs the notification through ingestion again, then says what came of it and re-renders
// the page with what the server recorded.
export function ReplayNotificationButton({ org, notificationId }: { org: string; notificationId: string }) {
  const router = useRouter();
  const [sending, setSending] = useState(false);
  const [refreshing, startRefresh] = useTransition();
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const pending = sending || refreshing;

  async function replay() {
    if (pending) return;
    setSending(true);
    setResult(null);
    try {
      const response = await fetch(`/api/orgs/${encodeURIComponent(org)}/notifications/${encodeURIComponent(notificationId)}/replay`, {
        method: "POST",
        headers: { Accept: "application/json" },
      });
      const body: unknown = await response.json().catch(() => null);
      if (!response.ok) {
        setResult({ ok: false, text: errorText((body as ErrorBody | null)?.error) });
        return;
      }
      setResult({ ok: true, text: outcomeText((body as { replay: ReplayResult }).replay) });
      startRefresh(() => router.refresh());
    } catch {
      setResult({ ok: false, text: "Could not reach the portal. Check your connection and try again." });
    } finally {
      setSending(false);
    }
  }

  return (
    <div className="flex flex-col items-end gap-2">
      <Button type="button" variant="outline" onClick={replay} busy={pending}>
        <RotateCcw aria-hidden className={pending ? "animate-spin" : undefined} />
        Replay
      </Button>
      <p role="status" className={result?.ok === false ? "max-w-sm text-right text-sm text-destructive" : "max-w-sm text-right text-sm text-muted-foreground"}>
        {result?.text}
      </p>
    </div>
  );
}

const STILL: Record<NotificationOutcome, string> = {
  applied: "Replayed: it was already applied, so the order is unchanged.",
  unmatched: "Replayed: still no order here has this voice order ID. Nothing changed.",
  unknown_code: "Replayed: the code is still not one the guide lists; the order's status is unchanged.",
  malformed: "Replayed: the body cannot be read, so there is nothing to apply.",
};

function outcomeText(replay: ReplayResult): string {
  if (replay.previousOutcome === replay.outcome) return STILL[replay.outcome];
  if (replay.outcome === "applied") return "Replayed: applied to its order, whose status and timeline now include it.";
  if (replay.outcome === "unknown_code") return "Replayed: matched to its order and noted on its timeline; the code is not one the guide lists.";
  return `Replayed: the outcome is now ${replay.outcome.replace("_", " ")}.`;
}

function errorText(error: ErrorBody["error"]): string {
  switch (error?.code) {
    case "FORBIDDEN":
      return "Only the organization's admins and owners may replay a notification.";
    case "NOT_FOUND":
      return "This notification is no longer available to you.";
    case "UNAUTHENTICATED":
      return "Your session has ended. Sign in again to replay it.";
    default:
      return error?.message ?? "The replay failed. Try again.";
  }
}
