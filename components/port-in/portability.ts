// Lumen's portability answer (POST /Numbers/coverage, one result per number) read against
// the numbers typed: the ones that go on, and the ones set aside with Lumen's reason.
import { callPortal, orgApi } from "@/components/wizard/portal-api";
import type { TnPortabilityResponse } from "@/lib/lumen/schemas/tn-portability";

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

/** Splits `numbers` by Lumen's answer; a number the answer leaves out is set aside too. */
export function sortByPortability(numbers: readonly string[], answer: TnPortabilityResponse): PortabilityVerdict {
  const byTn = new Map(answer.results.map((result) => [result.telephoneNumber.slice(-10), result]));
  const verdict: PortabilityVerdict = { portable: [], setAside: [] };
  for (const tn of numbers) {
    const result = byTn.get(tn);
    if (result?.portable) verdict.portable.push({ ...result, telephoneNumber: tn });
    else verdict.setAside.push({ tn, reason: result ? (result.reason ?? "Lumen gave no reason.") : NO_ANSWER });
  }
  return verdict;
}

/** POST /api/orgs/[org]/lumen/portability for the numbers, as 10-digit TNs. */
export function fetchPortability(org: string, numbers: readonly string[]) {
  return callPortal<TnPortabilityResponse>(`${orgApi(org)}/lumen/portability`, { method: "POST", body: JSON.stringify({ tnList: numbers }) });
}
