"use client";

import { Hourglass } from "lucide-react";
import { focusPageHeading } from "@/components/shell/page-header";
import { useRouter } from "next/navigation";
import { useId, useRef, useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import type { BackorderDecision } from "@/lib/lumen/schemas/customer-approval";
import { effectOf } from "@/lib/notifications/notification-effects";
import { BACKORDER_CHOICES, backorderChoiceOf } from "@/lib/orders/backorder-decisions";
import { BackorderCountdown } from "./backorder-countdown";
import { describeCountdown } from "./backorder-countdown-format";
import { useSecondClock } from "./use-second-clock";

interface BackorderPanelProps {
  org: string;
  orderId: string;
  asked: number | null;
  available: number | null;
  /** ISO time; null while only Lumen's order status (not its notification) is known. */
  deadline: string | null;
  /** Operators and above answer; viewers read. */
  canDecide: boolean;
  /** An answer already on its way (sent, not refused): the choices are closed. */
  sentDecision: string | null;
}

interface Refusal {
  code?: string;
  message?: string;
  lumenCode?: number;
}

const SUMMARY_10013 = effectOf(10013, false)!.summary;

/** The guide's three answers to a reservation Lumen cannot fill at once (10001), with the time left. */
export function BackorderPanel({ org, orderId, asked, available, deadline, canDecide, sentDecision }: BackorderPanelProps) {
  const router = useRouter();
  const now = useSecondClock();
  const [chosen, setChosen] = useState<BackorderDecision | null>(null);
  const [sending, setSending] = useState(false);
  const [refreshing, startRefresh] = useTransition();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  // One key per answer for the life of this panel: a double click or a retry sends it once.
  const [keyBase] = useState(() => crypto.randomUUID());
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const ids = useId();

  const expired = deadline !== null && now !== null && describeCountdown(new Date(deadline), now).expired;
  const sent = backorderChoiceOf(sentDecision);
  const closed = expired || sent !== undefined || !canDecide;
  const choice = backorderChoiceOf(chosen);

  function choose(decision: BackorderDecision) {
    setChosen(decision);
    setRefusal(null);
    // The confirmation replaces nothing on screen; move focus to it so keyboard and
    // screen-reader users land on the question they must answer.
    requestAnimationFrame(() => confirmHeading.current?.focus());
  }

  async function send() {
    if (!chosen || sending) return;
    setSending(true);
    setRefusal(null);
    try {
      const response = await fetch(`/api/orgs/${encodeURIComponent(org)}/orders`, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify({ type: "approval", idempotencyKey: `approval-${keyBase}-${chosen}`, orderId, decision: chosen }),
      });
      const body = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string; details?: { lumenCode?: number } } } | null;
      if (!response.ok) {
        setRefusal({ code: body?.error?.code, message: body?.error?.message, lumenCode: body?.error?.details?.lumenCode ?? undefined });
        // A refusal from Lumen is recorded as an order too: show it in the page's history.
        if (body?.error?.details?.lumenCode !== undefined) startRefresh(() => router.refresh());
        return;
      }
      toast.success(`Sent to Lumen: ${choice?.name}.`);
      setChosen(null);
      // The question and its button are gone: the focus goes to the page's heading, above the order's new state.
      requestAnimationFrame(() => focusPageHeading());
      startRefresh(() => router.refresh());
    } catch {
      setRefusal({ message: "Could not reach the portal. Check your connection and try again; the answer will not be sent twice." });
    } finally {
      setSending(false);
    }
  }

  return (
    <section
      aria-labelledby={`${ids}-title`}
      className="flex flex-col gap-4 rounded-lg border border-amber-300 bg-amber-50 px-5 py-4 text-amber-950 dark:border-amber-700 dark:bg-amber-950/60 dark:text-amber-100"
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="flex gap-3">
          <Hourglass aria-hidden className="mt-0.5 size-5 shrink-0" />
          <div className="flex flex-col gap-1 text-sm">
            <h2 id={`${ids}-title`} className="text-base font-semibold">
              Lumen has fewer numbers than you asked for
            </h2>
            <p>
              You asked for <strong>{asked ?? "more"}</strong> numbers; Lumen has <strong>{available ?? "fewer"}</strong> available now.
              Lumen waits four hours from its offer for your answer.
            </p>
          </div>
        </div>
        <div className="text-sm font-medium">
          {deadline ? (
            <BackorderCountdown deadline={deadline} announce className="text-base" />
          ) : (
            <span className="text-amber-900 dark:text-amber-200">Deadline shown once Lumen&apos;s notification arrives</span>
          )}
        </div>
      </div>

      {expired && (
        <p role="alert" className="text-sm">
          <span className="mr-2 rounded border border-current/30 bg-white/60 px-1.5 py-0.5 font-mono text-xs dark:bg-black/20">Lumen code 10013</span>
          The four hours are over. {SUMMARY_10013} An answer now would be refused; place a new reservation if you still need the numbers.
        </p>
      )}
      {sent && (
        <p className="text-sm">
          Your answer <strong>{sent.title}</strong> has been sent to Lumen. This page follows the reservation from here.
        </p>
      )}
      {!canDecide && !expired && !sent && (
        <p className="text-sm">You can see the offer, but only operators, admins and owners can answer it. Ask one of them before the time runs out.</p>
      )}

      <ul aria-label="Your choices" className="grid gap-3 md:grid-cols-3">
        {BACKORDER_CHOICES.map((option) => (
          <li key={option.decision} className="flex flex-col gap-2 rounded-md border border-amber-300/80 bg-card p-3 text-card-foreground dark:border-amber-800">
            {canDecide ? (
              <Button
                type="button"
                id={`${ids}-choose-${option.decision}`}
                variant={chosen === option.decision ? "primary" : "outline"}
                aria-pressed={chosen === option.decision}
                aria-describedby={`${ids}-${option.decision}`}
                disabled={closed || sending}
                onClick={() => choose(option.decision)}
                className="justify-start"
              >
                {option.title}
              </Button>
            ) : (
              <p className="text-sm font-semibold">{option.title}</p>
            )}
            <p id={`${ids}-${option.decision}`} className="text-sm text-muted-foreground">
              {option.explain(asked, available)}
            </p>
          </li>
        ))}
      </ul>

      {choice && !closed && (
        <div
          className="flex flex-col gap-3 rounded-md border bg-card p-4 text-sm text-card-foreground"
          onKeyDown={(event) => {
            // Escape backs out of the question, as from a dialog, to the choice it asked about.
            if (event.key !== "Escape" || sending) return;
            event.preventDefault();
            const decision = choice.decision;
            setChosen(null);
            requestAnimationFrame(() => document.getElementById(`${ids}-choose-${decision}`)?.focus());
          }}
        >
          <h3 ref={confirmHeading} tabIndex={-1} className="text-base font-semibold outline-none">
            Send &ldquo;{choice.title}&rdquo; to Lumen?
          </h3>
          <p>{choice.explain(asked, available)} Lumen acts on the answer at once; it cannot be changed afterwards.</p>
          {refusal && <RefusalMessage refusal={refusal} />}
          <div className="flex flex-wrap gap-2">
            <Button type="button" onClick={send} busy={sending || refreshing}>
              {sending ? "Sending…" : `Send “${choice.title}”`}
            </Button>
            <Button type="button" variant="outline" onClick={() => setChosen(null)} disabled={sending}>
              Choose again
            </Button>
          </div>
        </div>
      )}
      {refusal && (!choice || closed) && <RefusalMessage refusal={refusal} />}
    </section>
  );
}

function RefusalMessage({ refusal }: { refusal: Refusal }) {
  const words = refusal.lumenCode !== undefined ? effectOf(refusal.lumenCode, false)?.summary : undefined;
  return (
    <div role="alert" className="flex flex-col gap-1 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-950 dark:border-red-800 dark:bg-red-950/60 dark:text-red-100">
      <p className="font-medium">
        {refusal.lumenCode !== undefined ? (
          <>
            <span className="mr-2 rounded border border-current/30 bg-white/60 px-1.5 py-0.5 font-mono text-xs dark:bg-black/20">Lumen code {refusal.lumenCode}</span>
            Lumen refused the answer. {words}
          </>
        ) : (
          "The answer was not sent."
        )}
      </p>
      {refusal.message && <p>{refusal.message}</p>}
      {refusal.code && refusal.lumenCode === undefined && <p className="font-mono text-xs">{refusal.code}</p>}
    </div>
  );
}
