import type { AlertKind, OrderType } from "@/lib/db/generated/enums";
import { ORDER_TYPE_LABELS } from "@/lib/orders/order-type-labels";
import { formatTn } from "@/lib/lumen/telephone-numbers";

// The text of one alert mail: plain text, readable in any mail program, saying what
// happened, what to do and where. Pure, so every case is tested without a database.

export interface AlertMailFacts {
  kind: AlertKind;
  organizationName: string;
  orderType: OrderType;
  voiceOrderId: string | null;
  externalOrderId: string;
  orderUrl: string;
  preferencesUrl: string;
  /** The notification's code; null for what the portal found out itself (an order that never reached Lumen). */
  code: number | null;
  /** What the code means, in plain words (notification-effects), or what the portal found. */
  summary: string;
  /** Lumen's own message, as it came; null without a notification. */
  lumenMessage: string | null;
  /** Set when the notification refuses an order acting on this one (a cancel, an approval). */
  refusedOrderType?: OrderType;
  rateCenter?: { name: string; state?: string };
  approvalDeadline: Date | null;
  availableQuantity: number | null;
  /** The FOC date of each of the order's numbers; `focDate` when the order links none. */
  numberFocDates: Array<{ tn: string; focDate: Date }>;
  focDate?: Date;
}

export interface AlertMail {
  subject: string;
  text: string;
}

const KIND_REASON: Record<AlertKind, string> = {
  backorder_waiting: "backorders waiting for a decision",
  rejection: "rejected orders",
  foc_scheduled: "FOC dates of ports",
  not_placed: "orders that never reached Lumen",
};

export function composeAlertMail(facts: AlertMailFacts): AlertMail {
  const order = `${ORDER_TYPE_LABELS[facts.orderType]} order ${facts.voiceOrderId ?? facts.externalOrderId}`;
  const { subject, opening, todo } = partsFor(facts, order);
  const lines = [
    opening,
    "",
    facts.code === null ? facts.summary : `${facts.summary} (Lumen code ${facts.code})`,
    ...(facts.lumenMessage === null ? [] : [`Lumen's words: ${facts.lumenMessage}`]),
    ...(facts.rateCenter ? [`Rate center: ${[facts.rateCenter.name, facts.rateCenter.state].filter(Boolean).join(", ")}`] : []),
    "",
    `What to do: ${todo}`,
    "",
    `Order:            ${order}`,
    `Voice order ID:   ${facts.voiceOrderId ?? "not assigned yet"}`,
    `externalOrderID:  ${facts.externalOrderId}`,
    `Organization:     ${facts.organizationName}`,
    `Order page:       ${facts.orderUrl}`,
    "",
    `You get this mail because you asked for alerts about ${KIND_REASON[facts.kind]} in ${facts.organizationName}.`,
    `Change your alerts: ${facts.preferencesUrl}`,
  ];
  return { subject: `${subject} — ${facts.organizationName}`, text: `${lines.join("\n")}\n` };
}

function partsFor(facts: AlertMailFacts, order: string): { subject: string; opening: string; todo: string } {
  switch (facts.kind) {
    case "backorder_waiting": {
      const deadline = facts.approvalDeadline ? formatDateTime(facts.approvalDeadline) : "four hours after Lumen's offer";
      const available = facts.availableQuantity === null ? "some of the numbers" : countOf(facts.availableQuantity, "number");
      return {
        subject: `Decision needed by ${deadline}: ${order}`,
        opening: `Lumen has fewer numbers than ${order} asked for. It has ${available} available and waits for your decision until ${deadline}.`,
        todo:
          `before ${deadline}, open the order page and accept the ${available} available (with or without a backorder for the rest) ` +
          "or reject them. Without an answer Lumen cancels the backorder.",
      };
    }
    case "rejection":
      return facts.refusedOrderType
        ? {
            subject: `${ORDER_TYPE_LABELS[facts.refusedOrderType]} refused (code ${facts.code}): ${order}`,
            opening: `Lumen refused the ${ORDER_TYPE_LABELS[facts.refusedOrderType].toLowerCase()} you placed for ${order}. The order itself stands.`,
            todo: "open the order page to see where the order stands now.",
          }
        : {
            subject: `Rejected (code ${facts.code}): ${order}`,
            opening: `Lumen rejected ${order}. Nothing changed at Lumen.`,
            todo: "correct what Lumen's message points at and place a new order.",
          };
    case "not_placed":
      return {
        subject: `Not placed: ${order}`,
        opening: `${order} never reached Lumen. Its answer was lost, and asking Lumen afterwards showed Lumen does not have it: nothing was placed.`,
        todo: "open the order page and place it again with one click (it is sent once, however often it is asked), or leave it if it is no longer wanted.",
      };
    case "foc_scheduled": {
      const dates = focDateLines(facts);
      return {
        subject: `FOC date ${dates.headline}: ${order}`,
        opening: [`Lumen set the firm order commitment (FOC) date of ${order}.`, "", ...dates.lines].join("\n"),
        todo: "plan the cut-over for the FOC date: E911 address, caller name (CNAM) and directory listing ready before the numbers move.",
      };
    }
  }
}

/** One line when every number moves on the same day; a line per date, with its numbers, when they differ. */
function focDateLines(facts: AlertMailFacts): { headline: string; lines: string[] } {
  const byDay = new Map<string, { date: Date; tns: string[] }>();
  for (const { tn, focDate } of facts.numberFocDates) {
    const day = focDate.toISOString().slice(0, 10);
    const entry = byDay.get(day) ?? { date: focDate, tns: [] };
    entry.tns.push(formatTn(tn));
    byDay.set(day, entry);
  }
  const days = [...byDay.keys()].sort().map((day) => byDay.get(day)!);
  if (days.length === 0) {
    const day = facts.focDate ? formatDate(facts.focDate) : "not given";
    return { headline: day, lines: [`FOC date: ${day}`] };
  }
  if (days.length === 1) {
    const { date, tns } = days[0]!;
    const which = tns.length === 1 ? tns[0] : `all ${tns.length} numbers (${tns.join(", ")})`;
    return { headline: formatDate(date), lines: [`FOC date: ${formatDate(date)}, for ${which}`] };
  }
  return {
    headline: `from ${formatDate(days[0]!.date)}`,
    lines: ["FOC dates per number:", ...days.map(({ date, tns }) => `  ${formatDate(date)}: ${tns.join(", ")}`)],
  };
}

function formatDate(date: Date): string {
  const weekday = date.toLocaleDateString("en-US", { weekday: "short", timeZone: "UTC" });
  return `${weekday} ${date.toISOString().slice(0, 10)}`;
}

function formatDateTime(date: Date): string {
  return `${formatDate(date)} ${date.toISOString().slice(11, 16)} UTC`;
}

function countOf(n: number, word: string): string {
  return `${n} ${n === 1 ? word : `${word}s`}`;
}
