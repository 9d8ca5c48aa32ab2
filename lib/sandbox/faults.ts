import type { Fault, FaultKind, SandboxState } from "./state";

// Fault injection, configured through the admin API: answer 503/504 instead of working,
// add latency, process and then answer 504 (so the caller must reconcile), or drop
// webhooks. A fault matches a glob on the request path (or, for webhooks, the customer
// number) and affects the next N matches, or every match until cleared.

export type NewFault = Omit<Fault, "id">;

export function addFault(state: SandboxState, fault: NewFault): Fault {
  const created: Fault = { id: ++state.sequence.fault, ...fault };
  state.faults.push(created);
  return created;
}

/**
 * The first active fault of this kind matching the target, counting this use against
 * its budget; undefined when none applies.
 */
export function takeFault(state: SandboxState, kind: FaultKind, target: string, method?: string): Fault | undefined {
  const index = state.faults.findIndex(
    (fault) =>
      fault.kind === kind &&
      (fault.method === null || method === undefined || fault.method === method) &&
      globMatches(fault.pattern, target),
  );
  if (index < 0) return undefined;
  const fault = state.faults[index]!;
  if (fault.remaining !== null) {
    fault.remaining -= 1;
    if (fault.remaining <= 0) state.faults.splice(index, 1);
  }
  return fault;
}

const globCache = new Map<string, RegExp>();

function globMatches(pattern: string, target: string): boolean {
  let regex = globCache.get(pattern);
  if (!regex) {
    const source = pattern.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*");
    regex = new RegExp(`^${source}$`, "i");
    globCache.set(pattern, regex);
  }
  return regex.test(target);
}
