// Test support for the client's tests: a client of Acme pointed at an in-process sandbox,
// sending through the client's own transport wrapped to count what went over the wire, a logger that keeps its records, a
// private token cache, and backoff that costs no real time.
import { APPS, TEST_START, type TestSandbox } from "@/lib/sandbox/testing/sandbox-harness";
import { createLumenClient } from "./create-lumen-client";
import type { LumenClient, LumenClientConfig, LumenClientLogger, LumenRequestInput } from "./lumen-client-types";
import { createTokenCache } from "./token-cache";
import { sendWithUndici, type HttpSend } from "./transport/http";

export const ACME_CUSTOMER = "1-ABC-23";

export interface SentRequest {
  method: string;
  path: string;
}

export interface CountingSend {
  send: HttpSend;
  sent: SentRequest[];
  /** Requests of `method` whose path ends with `pathSuffix`. */
  count(method: string, pathSuffix: string): number;
}

export function countingSend(inner: HttpSend = sendWithUndici): CountingSend {
  const sent: SentRequest[] = [];
  return {
    sent,
    send: (request) => {
      sent.push({ method: request.method, path: request.url.pathname });
      return inner(request);
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
  wire: CountingSend;
  logger: ReturnType<typeof capturingLogger>;
  /** Backoff delays the client asked for, in ms. */
  delays: number[];
}

export function createTestClient(sandbox: TestSandbox, overrides: Partial<LumenClientConfig> = {}): TestClient {
  const wire = countingSend();
  const logger = capturingLogger();
  const delays: number[] = [];
  const client = createLumenClient({
    baseUrl: sandbox.url,
    ...APPS.acme,
    customerNumber: ACME_CUSTOMER,
    send: wire.send,
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
