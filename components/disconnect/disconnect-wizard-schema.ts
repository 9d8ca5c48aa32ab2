// The disconnect wizard's one form: the numbers and the day. The values become the
// disconnect request, parsed by the contract's own schema (makeDisconnectRequestSchema, the
// body of POST /Numbers/order/disconnect), so each issue lands on its field with Lumen's
// code and words. Taking more than ten numbers out of service also needs a typed
// confirmation, which is ours: Lumen has no such rule.
import { schemaFromIssues } from "@/components/wizard/schema-from-issues";
import { codedMessage } from "@/components/wizard/coded-message";
import { expandTnEntries, MAX_TNS_PER_INSTALL_BATCH, readTnText, withBadPieces, type ReadTns } from "@/components/install/tn-text";
import { toLumenIssues } from "@/lib/lumen/lumen-rule";
import { keptForTheDay } from "@/lib/lumen/schemas/kept-for-the-day";
import type { RuleClock } from "@/lib/lumen/schemas/fields/request-date";
import { makeDisconnectRequestSchema, type DisconnectRequest } from "@/lib/lumen/schemas/disconnect-order";
import { toLumenDate } from "./disconnect-date-window";

export interface DisconnectWizardValues {
  tnText: string;
  /** YYYY-MM-DD from the date picker. */
  requestDate: string;
  /** "DISCONNECT 12", typed, when more than ten numbers go. */
  confirmation: string;
}

export type DisconnectField = keyof DisconnectWizardValues;

export const EMPTY_DISCONNECT: DisconnectWizardValues = { tnText: "", requestDate: "", confirmation: "" };

export function initialDisconnectValues(tns: string[]): DisconnectWizardValues {
  return { ...EMPTY_DISCONNECT, tnText: tns.join("\n") };
}

/** Up to this many numbers go on a click; more need the phrase typed. */
export const CONFIRM_ABOVE = 10;

/** What must be typed to disconnect `count` numbers, or null when a click is enough. */
export function confirmationPhrase(count: number): string | null {
  return count > CONFIRM_ABOVE ? `DISCONNECT ${count}` : null;
}

export interface DisconnectPlan extends ReadTns {
  overLimit: boolean;
  /** The contract sets no cap on a disconnect's numbers: one request carries them all. */
  requests: DisconnectRequest[];
}

export function planDisconnect(values: DisconnectWizardValues): DisconnectPlan {
  const read = expandTnEntries(readTnText(values.tnText));
  const tnList = [...read.invalid.map((typed) => typed.entry), ...read.numbers];
  // Blank stays blank so the contract answers 20067 for it.
  const request: DisconnectRequest = { tnList, customerRequestDate: toLumenDate(values.requestDate) };
  return { ...read, requests: [request] };
}

// The contract's "now" rules compare calendar days (UTC): one schema serves a whole day.
const disconnectSchemaOfTheDay = keptForTheDay((_key: "disconnect", clock: RuleClock) => makeDisconnectRequestSchema(clock));
const disconnectSchema = () => disconnectSchemaOfTheDay("disconnect", { now: new Date() });

const FIELDS: Record<string, DisconnectField> = { tnList: "tnText", customerRequestDate: "requestDate" };

/** Lumen's verdict on the values, by form field (the first issue of each field). */
export function disconnectIssues(values: DisconnectWizardValues): Partial<Record<DisconnectField, string>> {
  const plan = planDisconnect(values);
  const issues: Partial<Record<DisconnectField, string>> = {};
  if (plan.overLimit) {
    issues.tnText = `At most ${MAX_TNS_PER_INSTALL_BATCH.toLocaleString("en-US")} numbers at once: disconnect the rest in another sitting.`;
  }
  const [request] = plan.requests;
  const result = disconnectSchema().safeParse(request);
  for (const issue of result.success ? [] : toLumenIssues(result.error)) {
    const field = FIELDS[String(issue.path[0])] ?? "tnText";
    issues[field] ??= withBadPieces(codedMessage(issue.lumenCode, issue.message), issue.path, plan.invalid);
  }
  const phrase = confirmationPhrase(plan.numbers.length);
  if (phrase && values.confirmation.trim().toUpperCase() !== phrase) {
    issues.confirmation = `Type ${phrase} to confirm: more than ${CONFIRM_ABOVE} numbers go out of service at once.`;
  }
  return issues;
}

export const disconnectWizardSchema = schemaFromIssues<DisconnectWizardValues>(disconnectIssues);

/** The fields each step asks for, so Next checks only those. */
export const STEP_FIELDS: readonly (readonly DisconnectField[])[] = [["tnText"], ["requestDate"], ["confirmation"]];
