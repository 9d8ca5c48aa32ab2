import type { BackorderDecision } from "@/lib/lumen/schemas/customer-approval";

// The guide's three answers to a short reservation (10001), in the portal's words: what
// each is called and what it does. The order page's choices and the reservation's
// timeline read them from here.

export interface BackorderChoice {
  decision: BackorderDecision;
  /** Lower case, to sit inside a sentence ("Approval sent: accept available only"). */
  name: string;
  title: string;
  /** What the choice does, given how many were asked for and how many Lumen has now. */
  explain(asked: number | null, available: number | null): string;
}

const count = (n: number | null, fallback: string) => (n === null ? fallback : `${n}`);

export const BACKORDER_CHOICES: readonly BackorderChoice[] = [
  {
    decision: "REJECT",
    name: "reject",
    title: "Reject",
    explain: () => "Reserve nothing. Lumen cancels the reservation; you can place a new one later.",
  },
  {
    decision: "ACCEPT_WITH_BACKORDER",
    name: "accept with backorder",
    title: "Accept with backorder",
    explain: (asked, available) => {
      const rest = asked !== null && available !== null ? `${asked - available}` : "the rest";
      return `Reserve the ${count(available, "available")} numbers Lumen has now, and ${rest === "the rest" ? rest : `the other ${rest}`} when Lumen has them. Lumen may cancel the backorder if it cannot fill it.`;
    },
  },
  {
    decision: "ACCEPT_AVAILABLE_ONLY",
    name: "accept available only",
    title: "Accept available only",
    explain: (_, available) => `Reserve the ${count(available, "available")} numbers Lumen has now, and no backorder.`,
  },
];

export function backorderChoiceOf(decision: unknown): BackorderChoice | undefined {
  return BACKORDER_CHOICES.find((choice) => choice.decision === decision);
}
