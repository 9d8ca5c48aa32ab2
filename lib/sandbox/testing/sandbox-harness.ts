import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { readSandboxConfig, type SandboxConfig } from "../config";
import { startSandboxServer, type SandboxServer } from "../http/server";
import type { WebhookReceiver } from "./webhook-receiver";

// Test support: a sandbox on port 0 in a temp data dir, a frozen virtual clock that only
// admin steps move, and small helpers to talk HTTP to it as the portal would.

/** A Monday, so business-day arithmetic in tests is easy to follow. */
export const TEST_START = "2026-03-02T15:00:00Z";
export const ADMIN_TOKEN = "test-admin-token";

export const APPS = {
  acme: { clientId: "acme-sandbox-client", clientSecret: "acme-sandbox-secret" },
  bluebird: { clientId: "bluebird-sandbox-client", clientSecret: "bluebird-sandbox-secret" },
  reseller: { clientId: "reseller-sandbox-client", clientSecret: "reseller-sandbox-secret" },
} as const;

export interface Reply {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read answers loosely
}

export interface TestSandbox {
  server: SandboxServer;
  url: string;
  dataDir: string;
  config: SandboxConfig;
  admin(method: string, pathname: string, body?: unknown): Promise<Reply>;
  token(app?: keyof typeof APPS): Promise<string>;
  voice(
    method: "GET" | "POST",
    pathname: string,
    options?: { token?: string; customer?: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<Reply>;
  advance(step: { seconds?: number; minutes?: number; hours?: number; days?: number }): Promise<void>;
  /**
   * Notification codes of an order, in order, as GET notifications returns them. When a
   * receiver is attached for the customer, also checks it was pushed exactly those
   * notifications, as PartnerNotification XML.
   */
  codes(voiceOrderId: string, token: string, customer?: string): Promise<number[]>;
  /** Push the customer's notifications to `receiver` from now on (and after resets). */
  attachReceiver(customer: string, receiver: WebhookReceiver): Promise<void>;
  /** Back to the seed at TEST_START; only attached receivers get webhooks. */
  reset(): Promise<void>;
  restart(): Promise<void>;
  close(): Promise<void>;
}

export async function startTestSandbox(overrides: Partial<SandboxConfig> = {}, dataDir?: string): Promise<TestSandbox> {
  const dir = dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), "lumen-sandbox-"));
  const config: SandboxConfig = {
    ...readSandboxConfig({} as NodeJS.ProcessEnv),
    port: 0,
    dataDir: dir,
    timeScale: 0,
    adminToken: ADMIN_TOKEN,
    persistDelayMs: 10,
    webhook: { maxAttempts: 4, retryBaseMs: 20, timeoutMs: 2000 },
    ...overrides,
  };
  let server = await startSandboxServer(config);
  const receivers = new Map<string, WebhookReceiver>();

  const request = async (method: string, pathname: string, headers: Record<string, string>, body?: string): Promise<Reply> => {
    const response = await fetch(server.url + pathname, { method, headers, body });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  };

  const harness: TestSandbox = {
    get server() {
      return server;
    },
    get url() {
      return server.url;
    },
    dataDir: dir,
    config,
    admin: (method, pathname, body) =>
      request(
        method,
        `/_sandbox${pathname}`,
        { authorization: `Bearer ${ADMIN_TOKEN}`, "content-type": "application/json" },
        body === undefined ? undefined : JSON.stringify(body),
      ),
    async token(app = "acme") {
      const { clientId, clientSecret } = APPS[app];
      const reply = await request(
        "POST",
        "/oauth/token",
        {
          authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString("base64")}`,
          "content-type": "application/x-www-form-urlencoded",
        },
        "grant_type=client_credentials",
      );
      if (reply.status !== 200) throw new Error(`token: ${reply.status} ${JSON.stringify(reply.body)}`);
      return reply.body.access_token as string;
    },
    voice(method, pathname, options = {}) {
      const headers: Record<string, string> = { ...options.headers };
      if (options.token) headers.authorization = `Bearer ${options.token}`;
      headers["x-customer-number"] = options.customer ?? "1-ABC-23";
      if (options.body !== undefined) headers["content-type"] ??= "application/json";
      return request(method, `/Voice/v1${pathname}`, headers, options.body === undefined ? undefined : JSON.stringify(options.body));
    },
    async advance(step) {
      const reply = await harness.admin("POST", "/clock/advance", step);
      if (reply.status !== 200) throw new Error(`advance: ${JSON.stringify(reply.body)}`);
    },
    async codes(voiceOrderId, token, customer = "1-ABC-23") {
      const reply = await harness.voice("GET", `/Numbers/notifications?voiceOrderId=${voiceOrderId}`, { token, customer });
      const polled = reply.body.notifications as PolledNotification[];
      const receiver = receivers.get(customer);
      if (receiver) await expectSamePushed(receiver, voiceOrderId, customer, polled);
      return polled.map((n) => n.notificationCode);
    },
    async attachReceiver(customer, receiver) {
      receivers.set(customer, receiver);
      const reply = await harness.admin("PUT", `/customers/${customer}/webhook`, receiver.settings);
      if (reply.status !== 200) throw new Error(`webhook: ${JSON.stringify(reply.body)}`);
    },
    async reset() {
      await harness.admin("POST", "/reset", { time: TEST_START });
      for (const customer of ["1-ABC-23", "2-B6-7890", "3-CH-1807"]) {
        const receiver = receivers.get(customer);
        receiver?.received.splice(0);
        await harness.admin("PUT", `/customers/${customer}/webhook`, receiver?.settings ?? null);
      }
    },
    async restart() {
      await server.close();
      server = await startSandboxServer(config);
    },
    async close() {
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };

  if (!dataDir) await harness.reset();
  return harness;
}

interface PolledNotification {
  notificationCode: number;
  notificationMessage: string;
  rateCenter?: string;
  state?: string;
}

/** The receiver got the same notifications for the order as GET returns (in any order). */
async function expectSamePushed(receiver: WebhookReceiver, orderNumber: string, customer: string, polled: PolledNotification[]) {
  const ofOrder = (all: WebhookReceiver["received"]) => all.filter((n) => n.orderNumber === orderNumber);
  const pushed = ofOrder(await receiver.waitFor((all) => ofOrder(all).length >= polled.length));
  const key = (n: PolledNotification) => `${n.notificationCode}|${n.rateCenter ?? ""}|${n.state ?? ""}|${n.notificationMessage}`;
  const fromXml = pushed.map((n) => {
    if (n.customerNumber !== customer) throw new Error(`Pushed for ${n.customerNumber}, expected ${customer}`);
    const rc = n.rateCenterOrderStatus;
    return key({ notificationCode: n.notificationCode, notificationMessage: n.notificationMessage, rateCenter: rc?.rateCenter, state: rc?.state });
  });
  const expected = polled.map(key);
  if (JSON.stringify([...fromXml].sort()) !== JSON.stringify([...expected].sort())) {
    throw new Error(`Pushed ${JSON.stringify(fromXml)}, polled ${JSON.stringify(expected)}`);
  }
}
