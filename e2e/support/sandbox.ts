// The sandbox `npm start` runs for the end-to-end tests (playwright.config.ts: port 4110),
// driven through its admin API, which exists only in the sandbox.
export const SANDBOX = `http://127.0.0.1:${process.env.E2E_SANDBOX_PORT ?? "4110"}`;
const ADMIN_TOKEN = process.env.SANDBOX_ADMIN_TOKEN ?? "sandbox-admin-token";

export async function advanceSandboxClock(step: { minutes?: number; hours?: number }): Promise<void> {
  const response = await fetch(`${SANDBOX}/_sandbox/clock/advance`, {
    method: "POST",
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, "content-type": "application/json" },
    body: JSON.stringify(step),
  });
  if (!response.ok) throw new Error(`sandbox clock: ${response.status} ${await response.text()}`);
}

/**
 * How far the sandbox's virtual clock runs ahead of this machine's, in milliseconds. Specs
 * that advance it leave it ahead for the specs after them; a countdown the browser shows
 * against its own clock is longer by this much.
 */
export async function sandboxClockAheadMs(): Promise<number> {
  const response = await fetch(`${SANDBOX}/_sandbox/clock`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
  if (!response.ok) throw new Error(`sandbox clock: ${response.status} ${await response.text()}`);
  const { nowMs } = (await response.json()) as { nowMs: number };
  return nowMs - Date.now();
}

/** Makes the sandbox answer the next `count` matching requests with an HTTP error, as Lumen does when it is unavailable. */
export async function injectSandboxFault(fault: { pattern: string; method: string; status: number; count: number }): Promise<void> {
  await addSandboxFault({ kind: "status", ...fault });
}

/** Makes the sandbox answer the next `count` matching requests `latencyMs` late, as a slow Lumen does. */
export async function injectSandboxLatency(fault: { pattern: string; method: string; latencyMs: number; count: number }): Promise<void> {
  await addSandboxFault({ kind: "latency", ...fault });
}

async function addSandboxFault(fault: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${SANDBOX}/_sandbox/faults`, {
    method: "POST",
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, "content-type": "application/json" },
    body: JSON.stringify(fault),
  });
  if (!response.ok) throw new Error(`sandbox fault: ${response.status} ${await response.text()}`);
}
