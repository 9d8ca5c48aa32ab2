"use client";

import { format } from "date-fns";
import { CircleCheck, CircleX, PlugZap } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { readApiError, type ApiError } from "./api-error";

interface ConnectionTestResult {
  tokenExpiresAt: string;
  rateCenterCount: number;
}

type Outcome = { ok: true; result: ConnectionTestResult; at: number } | { ok: false; error: ApiError; at: number };

/** What to do about a failed test, by the error's code (and Lumen's), never by its words. */
function hintFor(error: ApiError): string {
  const lumenCode = error.details?.lumenCode;
  if (error.code === "LUMEN_REJECTED" && lumenCode === 403001) {
    return "Lumen did not accept the client ID and secret. Check both against your Lumen API application, enter them again and save.";
  }
  switch (error.code) {
    case "LUMEN_NOT_CONFIGURED":
      return "There are no credentials to test yet. Enter the client ID and client secret above, save, then test again.";
    case "LUMEN_UNAVAILABLE":
      return "Lumen could not be reached. Check the Lumen base URL (for the local sandbox: is it running?) and this server's network access.";
    case "LUMEN_REJECTED":
      return "Lumen answered with an error. Its code and message are above; the API guide lists what each code means.";
    case "FORBIDDEN":
      return "Only admins and owners can test the connection.";
    default:
      return "Try again in a moment. If it keeps failing, check the server's log.";
  }
}

// Fetches a token and lists rate centers with the *saved* settings: the same first calls an
// order makes, so a green result means orders can go through.
export function TestConnectionPanel({ org, unsavedChanges }: { org: string; unsavedChanges: boolean }) {
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function test() {
    if (pending) return;
    setPending(true);
    try {
      const response = await fetch(`/api/orgs/${encodeURIComponent(org)}/settings/test-connection`, {
        method: "POST",
        headers: { Accept: "application/json" },
      });
      if (response.ok) {
        const { result } = (await response.json()) as { result: ConnectionTestResult };
        setOutcome({ ok: true, result, at: Date.now() });
      } else {
        setOutcome({ ok: false, error: await readApiError(response), at: Date.now() });
      }
    } catch {
      setOutcome({
        ok: false,
        error: { code: "NETWORK", message: "The portal could not be reached from this browser." },
        at: Date.now(),
      });
    } finally {
      setPending(false);
    }
  }

  return (
    <Card aria-labelledby="test-connection-title">
      <CardHeader className="flex-row flex-wrap items-center justify-between gap-3">
        <div className="flex flex-col gap-1">
          <CardTitle id="test-connection-title">Connection to Lumen</CardTitle>
          <CardDescription>
            Fetches a token and lists rate centers with the saved settings.
            {unsavedChanges && <strong className="font-medium text-foreground"> Save your changes first to test them.</strong>}
          </CardDescription>
        </div>
        <Button type="button" variant="outline" onClick={test} busy={pending}>
          <PlugZap aria-hidden className={pending ? "animate-pulse" : undefined} />
          Test connection
        </Button>
      </CardHeader>
      <CardContent>
        <div role="status" aria-live="polite">
          {pending ? (
            <p className="text-sm text-muted-foreground">Asking Lumen…</p>
          ) : !outcome ? (
            <p className="text-sm text-muted-foreground">Not tested yet in this visit.</p>
          ) : outcome.ok ? (
            <div className="flex gap-3 rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm text-emerald-950 dark:border-emerald-700 dark:bg-emerald-950/60 dark:text-emerald-100">
              <CircleCheck aria-hidden className="mt-0.5 size-5 shrink-0" />
              <div className="flex flex-col gap-1">
                <p className="font-semibold">Connected: Lumen accepted the credentials.</p>
                <p>
                  Token valid until {format(new Date(outcome.result.tokenExpiresAt), "d MMM yyyy, HH:mm:ss")} ·{" "}
                  {outcome.result.rateCenterCount.toLocaleString()} rate centers available for Local Inbound (2036).
                </p>
                <p className="text-xs opacity-80">Tested at {format(outcome.at, "HH:mm:ss")}.</p>
              </div>
            </div>
          ) : (
            <div className="flex gap-3 rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-950 dark:border-red-800 dark:bg-red-950/60 dark:text-red-100">
              <CircleX aria-hidden className="mt-0.5 size-5 shrink-0" />
              <div className="flex min-w-0 flex-col gap-1">
                <p className="font-semibold">The connection failed.</p>
                <p>
                  <span className="mr-2 rounded border border-current/30 bg-white/60 px-1.5 py-0.5 font-mono text-xs dark:bg-black/20">
                    {outcome.error.code}
                    {outcome.error.details?.lumenCode ? ` · Lumen ${outcome.error.details.lumenCode}` : ""}
                  </span>
                  {outcome.error.message}
                </p>
                <p>
                  <span className="font-medium">What to do: </span>
                  {hintFor(outcome.error)}
                </p>
                <p className="text-xs opacity-80">Tested at {format(outcome.at, "HH:mm:ss")}.</p>
              </div>
            </div>
          )}
        </div>
      </CardContent>
    </Card>
  );
}
