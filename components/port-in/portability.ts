// Lumen's portability answer (POST /Numbers/coverage, one result per number) read against
// the numbers typed: the ones that go on, and the ones set aside with Lumen's reason. A
// number one of the portal's orders still holds at Lumen is set aside too, with the code
// Lumen would refuse the port with (1612), since its portability answer does not say so.
import { callPortal, orgApi } from "@/components/wizard/portal-api";
import { codedMessage } from "@/components/wizard/coded-message";
import type { TnPortabilityResponse } from "@/lib/lumen/schemas/tn-portability";
import { NUMBER_IN_FLIGHT_CODE, type NumberInFlight } from "@/lib/numbers/numbers-in-flight-schema";
import { ORDER_TYPE_LABELS } from "@/lib/orders/order-type-labels";

export type PortabilityResult = TnPortabilityResponse["results"][number];

export interface SetAsideNumber {
  tn: string;
  reason: string;
}

export interface PortabilityVerdict {
  portable: PortabilityResult[];
  setAside: SetAsideNumber[];
}

const NO_ANSWER = "Lumen's answer did not include this number; check it again later.";

export interface PortabilityAnswer {
  lumen: TnPortabilityResponse;
  inFlight: NumberInFlight[];
}

/** Splits `numbers` by Lumen's answer; a number the answer leaves out, or an order still holds, is set aside too. */
export function sortByPortability(numbers: readonly string[], answer: TnPortabilityResponse, inFlight: readonly NumberInFlight[] = []): PortabilityVerdict {
  const byTn = new Map(answer.results.map((result) => [result.telephoneNumber.slice(-10), result]));
  const held = new Map(inFlight.map((number) => [number.tn, number.order]));
  const verdict: PortabilityVerdict = { portable: [], setAside: [] };
  for (const tn of numbers) {
    const result = byTn.get(tn);
    const order = held.get(tn);
    if (order) verdict.setAside.push({ tn, reason: heldReason(order) });
    else if (result?.portable) verdict.portable.push({ ...result, telephoneNumber: tn });
    else verdict.setAside.push({ tn, reason: result ? (result.reason ?? "Lumen gave no reason.") : NO_ANSWER });
  }
  return verdict;
}

function heldReason(order: NumberInFlight["order"]): string {
  const name = order.voiceOrderId ?? "not yet numbered by Lumen";
  return codedMessage(NUMBER_IN_FLIGHT_CODE, `The ${ORDER_TYPE_LABELS[order.type].toLowerCase()} order ${name} still holds this number: Lumen takes no other order on it until that one ends.`);
}

/** Lumen's portability answer for the numbers (10-digit TNs), and which of them the portal's orders still hold. */
export async function fetchPortability(org: string, numbers: readonly string[]): Promise<PortabilityAnswer> {
  const [lumen, held] = await Promise.all([
    callPortal<TnPortabilityResponse>(`${orgApi(org)}/lumen/portability`, { method: "POST", body: JSON.stringify({ tnList: numbers }) }),
    callPortal<{ numbers: NumberInFlight[] }>(`${orgApi(org)}/numbers/in-flight`, { method: "POST", body: JSON.stringify({ tns: numbers }) }),
  ]);
  return { lumen, inFlight: held.numbers };
}
