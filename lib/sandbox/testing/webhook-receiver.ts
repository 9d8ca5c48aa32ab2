import http from "node:http";
import type { AddressInfo } from "node:net";
import { XMLParser } from "fast-xml-parser";
import type { WebhookSettings } from "../seed-types";

// A stand-in for the portal's PUT /voice/notifications, for tests: checks the credentials
// the sandbox sends (Basic, or a bearer token it issued from its own token endpoint),
// can fail its first N deliveries, and keeps what it received, parsed.

export interface ReceivedNotification {
  xml: string;
  orderNumber: string;
  customerNumber: string;
  customerName: string;
  notificationCode: number;
  notificationMessage: string;
  rateCenterOrderStatus?: { rateCenter: string; state: string; notificationCode: number; notificationMessage: string };
  focDate?: string;
}

export interface WebhookReceiver {
  settings: WebhookSettings;
  received: ReceivedNotification[];
  /** PUTs answered with an error (failures, bad credentials). */
  rejected: number;
  tokensIssued: number;
  failNext(count: number): void;
  waitFor(predicate: (all: ReceivedNotification[]) => boolean, timeoutMs?: number): Promise<ReceivedNotification[]>;
  close(): Promise<void>;
}

const parser = new XMLParser({ processEntities: true, parseTagValue: false });

export async function startWebhookReceiver(mode: "basic" | "oauth"): Promise<WebhookReceiver> {
  const basic = { username: "lumen", password: "webhook-password" };
  const client = { clientId: "lumen-client", clientSecret: "lumen-client-secret" };
  const issuedTokens = new Set<string>();
  let failures = 0;

  const receiver = {
    received: [] as ReceivedNotification[],
    rejected: 0,
    tokensIssued: 0,
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const authorization = req.headers.authorization ?? "";
      if (req.method === "POST" && req.url === "/oauth/token") {
        const expected = `Basic ${Buffer.from(`${client.clientId}:${client.clientSecret}`).toString("base64")}`;
        if (authorization !== expected || !body.includes("grant_type=client_credentials")) return void res.writeHead(401).end();
        const token = `receiver-token-${++receiver.tokensIssued}`;
        issuedTokens.add(token);
        res.writeHead(200, { "content-type": "application/json" });
        return void res.end(JSON.stringify({ access_token: token, token_type: "Bearer", expires_in: 3600 }));
      }
      if (req.method !== "PUT" || req.url !== "/voice/notifications") return void res.writeHead(404).end();
      const authorized =
        mode === "basic"
          ? authorization === `Basic ${Buffer.from(`${basic.username}:${basic.password}`).toString("base64")}`
          : issuedTokens.has(authorization.replace(/^Bearer /, ""));
      if (!authorized || failures > 0) {
        if (authorized) failures -= 1;
        receiver.rejected += 1;
        return void res.writeHead(authorized ? 503 : 401).end();
      }
      const parsed = parser.parse(body).PartnerNotification;
      const status = parsed.voiceOrderStatus;
      const rc = parsed.rateCenterOrderStatus;
      receiver.received.push({
        xml: body,
        orderNumber: parsed.orderNumber,
        customerNumber: parsed.customerNumber,
        customerName: parsed.customerName,
        notificationCode: Number(status.notificationCode),
        notificationMessage: status.notificationMessage,
        ...(rc && { rateCenterOrderStatus: { ...rc, notificationCode: Number(rc.notificationCode) } }),
        ...(parsed.focDate && { focDate: parsed.focDate }),
      });
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return Object.assign(receiver, {
    settings: {
      url: `${base}/voice/notifications`,
      auth:
        mode === "basic"
          ? { type: "basic" as const, ...basic }
          : { type: "oauth" as const, tokenUrl: `${base}/oauth/token`, ...client },
    },
    failNext(count: number) {
      failures = count;
    },
    async waitFor(predicate: (all: ReceivedNotification[]) => boolean, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (!predicate(receiver.received)) {
        if (Date.now() > deadline) throw new Error(`Timed out; received ${JSON.stringify(receiver.received.map((r) => r.notificationCode))}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      return receiver.received;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  });
}
