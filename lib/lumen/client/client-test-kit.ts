// Test support for the client's tests: a client of Acme pointed at an in-process sandbox,
// with a fetch that counts what went over the wire, a logger that keeps its records, a
// private token cache, and backoff that costs no real time.
import { APPS, TEST_START, type TestSandbox } from "@/lib/sandbox/testing/sandbox-harness";
import { createLumenClient } from "./create-lumen-client";
import type { LumenClient, LumenClientConfig, LumenClientLogger, LumenRequestInput } from "./lumen-client-types";
import { createTokenCache } from "./token-cache";

export const ACME_CUSTOMER = "1-ABC-23";

export interface SentRequest {
  method: string;
  path: string;
}

export interface CountingFetch {
  fetch: typeof fetch;
  sent: SentRequest[];
  /** Requests of `method` whose path ends with `pathSuffix`. */
  count(method: string, pathSuffix: string): number;
}

export function countingFetch(inner: typeof fetch = globalThis.fetch): CountingFetch {
  const sent: SentRequest[] = [];
  return {
    sent,
    fetch: (input, init) => {
      sent.push({ method: init?.method ?? "GET", path: new URL(String(input)).pathname });
      return inner(input, init);
    },
    count: (method, pathSuffix) => sent.filter((request) => request.method === method && request.path.endsWith(pathSuffix)).length,
  };
}

export interface LogRecord {
  level: "info" | "warn";
  record: Record<string, unknown>;
  message?: string;
}

export function capturingLogger(): LumenClientLogger & { records: LogRecord[] } {
  const records: LogRecord[] = [];
  return {
    records,
    info: (record, message) => records.push({ level: "info", record: record as Record<string, unknown>, message }),
    warn: (record, message) => records.push({ level: "warn", record: record as Record<string, unknown>, message }),
  };
}

export interface TestClient {
  client: LumenClient;
  wire: CountingFetch;
  logger: ReturnType<typeof capturingLogger>;
  /** Backoff delays the client asked for, in ms. */
  delays: number[];
}

export function createTestClient(sandbox: TestSandbox, overrides: Partial<LumenClientConfig> = {}): TestClient {
  const wire = countingFetch();
  const logger = capturingLogger();
  const delays: number[] = [];
  const client = createLumenClient({
    baseUrl: sandbox.url,
    ...APPS.acme,
    customerNumber: ACME_CUSTOMER,
    fetch: wire.fetch,
    now: () => new Date(TEST_START),
    tokenCache: createTokenCache(),
    logger,
    ...overrides,
    retry: { sleep: async (ms) => delays.push(ms), ...overrides.retry },
  });
  return { client, wire, logger, delays };
}

export const LIST_DENVER_AREA = { productID: "2036", state: "CO" } as const;

/** Five numbers at DENVER, where Acme's utilization allows more. */
export const reserveDenver = (externalOrderID: string): LumenRequestInput<"OrderInventoryRequest"> => ({
  productID: "2036",
  externalOrderID,
  rateCenters: [{ rateCenter: "DENVER", state: "CO", quantity: 5 }],
});

/** The error a call failed with; fails the test when the call succeeds. */
export function failureOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (error: unknown) => error,
  );
}
