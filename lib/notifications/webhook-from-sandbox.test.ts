import http from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { POST as submitRoute } from "@/app/api/orgs/[org]/orders/route";
import { POST as tokenRoute } from "@/app/api/webhook-token/route";
import { PUT as notificationsRoute } from "@/app/voice/notifications/route";
import { sealSecret } from "@/lib/crypto/secret-box";
import type { WebhookAuthMode } from "@/lib/db/generated/enums";
import type { TestSandbox } from "@/lib/sandbox/testing/sandbox-harness";
import { requestAs, routeParams, testDb } from "@/test/fixtures";
import { createSandboxOrganization, idempotencyKey, residentialLine, startSandboxAtNow, tenantFor } from "@/test/order-fixtures";

// The real sandbox pushes its webhooks over HTTP to the portal's route handlers, served
// here by a plain node:http server: Basic for Acme, OAuth with a token fetched from the
// portal's token endpoint for Bluebird. Orders placed through the engine end completed
// from webhooks alone (nothing refreshes or polls them).

let sandbox: TestSandbox;
let portal: http.Server;
let portalUrl: string;
const seen = { basic: 0, bearer: 0, tokens: 0 };

/** Hands each request to the route handler Next would run for it. */
function servePortalRoutes(): Promise<http.Server> {
  const server = http.createServer(async (req, res) => {
    const path = new URL(req.url ?? "/", "http://portal").pathname;
    const handler =
      req.method === "PUT" && path === "/voice/notifications" ? notificationsRoute : req.method === "POST" && path === "/api/webhook-token" ? tokenRoute : null;
    if (!handler) return void res.writeHead(404).end();
    const authorization = req.headers.authorization ?? "";
    if (handler === tokenRoute) seen.tokens++;
    else if (authorization.startsWith("Basic ")) seen.basic++;
    else if (authorization.startsWith("Bearer ")) seen.bearer++;

    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
    const request = new NextRequest(new URL(req.url ?? "/", "http://127.0.0.1"), {
      method: req.method,
      headers,
      body: Readable.toWeb(req) as ReadableStream<Uint8Array>,
      duplex: "half",
    } as ConstructorParameters<typeof NextRequest>[1]);
    const response = await handler(request);
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

async function enrollWebhook(customer: "acme" | "bluebird", mode: WebhookAuthMode) {
  const org = await createSandboxOrganization(sandbox, customer);
  const principal = `lumen-${customer}-${org.slug}`;
  const secret = `${customer}-webhook-secret-${org.id}`;
  await testDb.organization.update({ where: { id: org.id }, data: { webhookAuthMode: mode, webhookPrincipal: principal, webhookSecretEnc: sealSecret(secret) } });
  const auth =
    mode === "basic"
      ? { type: "basic", username: principal, password: secret }
      : { type: "oauth", tokenUrl: `${portalUrl}/api/webhook-token`, clientId: principal, clientSecret: secret };
  const enrolled = await sandbox.admin("PUT", `/customers/${org.customerNumber}/webhook`, { url: `${portalUrl}/voice/notifications`, auth });
  expect(enrolled.status).toBe(200);
  return org;
}

async function placeOrder(org: { id: string; slug: string }, body: unknown): Promise<string> {
  const { user } = await tenantFor(org, "operator");
  const response = await submitRoute((await requestAs(user.id, "/api", { method: "POST", json: body })) as never, routeParams({ org: org.slug }) as never);
  expect(response.status).toBe(201);
  return ((await response.json()) as { order: { id: string } }).order.id;
}

async function statusOnceSettled(orderId: string): Promise<string> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const { status } = await testDb.order.findUniqueOrThrow({ where: { id: orderId }, select: { status: true } });
    if (status === "completed" || status === "rejected" || status === "cancelled") return status;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return (await testDb.order.findUniqueOrThrow({ where: { id: orderId }, select: { status: true } })).status;
}

async function deliveryStatusesOnceSent(): Promise<string[]> {
  for (let attempt = 0; ; attempt++) {
    const { body } = await sandbox.admin("GET", "/webhooks/deliveries");
    const statuses = new Set((body.deliveries as Array<{ status: string }>).map((d) => d.status));
    if (!statuses.has("pending") || attempt === 100) return [...statuses];
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  sandbox = await startSandboxAtNow();
  portal = await servePortalRoutes();
  portalUrl = `http://127.0.0.1:${(portal.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await sandbox.close();
  await new Promise((resolve) => portal.close(resolve));
});

describe(`the sandbox's webhooks into the portal (${inject("databaseKind")})`, () => {
  it("completes an install (Basic) and a reservation (OAuth) from webhooks alone", async () => {
    const acme = await enrollWebhook("acme", "basic");
    const bluebird = await enrollWebhook("bluebird", "oauth");

    const install = await placeOrder(acme, {
      type: "install",
      idempotencyKey: idempotencyKey(),
      request: { orderType: "NEW", productID: "2036", tnList: ["3039740005"], subscriberLines: [residentialLine] },
    });
    const reservation = await placeOrder(bluebird, {
      type: "reserve",
      idempotencyKey: idempotencyKey(),
      request: { productID: "2036", rateCenters: [{ rateCenter: "OMAHA", state: "NE", quantity: 2 }] },
    });

    await sandbox.advance({ minutes: 6 });

    expect(await statusOnceSettled(install)).toBe("completed");
    expect(await statusOnceSettled(reservation)).toBe("completed");
    // The sandbox pushes several notifications at once: the order's own 10002 can overtake
    // its rate center's. Every delivery answered means every notification is stored.
    expect(await deliveryStatusesOnceSent()).toEqual(["delivered"]);
    const codes = async (orderId: string) =>
      (await testDb.notification.findMany({ where: { orderId }, orderBy: { lumenCreatedAt: "asc" } })).map((n) => [n.notificationCode, n.source, n.outcome]);
    expect(await codes(install)).toEqual([
      [901, "webhook", "applied"],
      [902, "webhook", "applied"],
    ]);
    expect((await codes(reservation)).map(([code]) => code).sort()).toEqual([10002, 10002, 901]);
    expect(seen.basic).toBeGreaterThanOrEqual(2);
    expect(seen.bearer).toBeGreaterThanOrEqual(3);
    expect(seen.tokens).toBeGreaterThanOrEqual(1);

    // The completed reservation's numbers were listed from Lumen and mirrored before its 10002 was answered.
    expect(await testDb.telephoneNumber.count({ where: { organizationId: bluebird.id, rateCenter: "OMAHA", status: "reserved" } })).toBe(2);
  });
});
