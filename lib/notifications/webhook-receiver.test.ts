import { beforeAll, describe, expect, inject, it } from "vitest";
import { PATCH as notificationSettingsRoute } from "@/app/api/orgs/[org]/settings/notifications/route";
import type { OrderStatus, OrderType } from "@/lib/db/generated/enums";
import { LUMEN_CODE_ROWS } from "@/lib/lumen/codes-table";
import { buildPartnerNotificationXml } from "@/lib/sandbox/notifications/partner-notification-xml";
import { createTestUser, requestAs, routeParams, testDb } from "@/test/fixtures";
import { NOTIFICATION_BODY_LIMIT_BYTES } from "./read-notification-body";
import { GUIDE_SAMPLE } from "./testing/guide-sample";
import {
  basicAuth,
  createAcceptedOrder,
  createWebhookOrganization,
  lumenNow,
  putNotification,
  requestToken,
} from "./testing/webhook-requests";

// PUT /voice/notifications and POST /api/webhook-token through their real route handlers,
// on the real database: each documented notification code with Basic and with a bearer
// token from the token endpoint, and everything that must be refused.

type WebhookOrg = Awaited<ReturnType<typeof createWebhookOrganization>>;
let basicOrg: WebhookOrg;
let oauthOrg: WebhookOrg;
let bearer: string;

beforeAll(async () => {
  basicOrg = await createWebhookOrganization("whbasic", "basic");
  oauthOrg = await createWebhookOrganization("whoauth", "oauth");
  const token = await requestToken(oauthOrg.principal, oauthOrg.secret);
  expect(token.status).toBe(200);
  bearer = `Bearer ${token.body.access_token}`;
});

const authOf = (org: WebhookOrg) => (org === basicOrg ? basicAuth(org.principal, org.secret) : bearer);
const messageOf = (code: number) => LUMEN_CODE_ROWS.find((row) => row.code === code && row.kind === "notification")!.message;

function notificationXml(org: WebhookOrg, voiceOrderId: string, code: number, extra: { focDate?: string; message?: string } = {}) {
  return buildPartnerNotificationXml({
    orderNumber: voiceOrderId,
    customerNumber: org.customerNumber,
    customerName: org.name,
    notificationCode: code,
    notificationMessage: extra.message ?? messageOf(code),
    focDate: extra.focDate,
    notificationDateTime: lumenNow(),
  });
}

const notificationsOf = (organizationId: string) => testDb.notification.findMany({ where: { organizationId }, orderBy: { receivedAt: "asc" } });

// What each code of the guide's table does to an order in a given state, written out here
// rather than read from the ingestion's own table, so a wrong row there fails.
const EXPECTED: Record<number, { type: OrderType; from: OrderStatus; to: OrderStatus }> = {
  901: { type: "reserve", from: "accepted", to: "in_progress" },
  902: { type: "install", from: "in_progress", to: "completed" },
  903: { type: "port", from: "in_progress", to: "in_progress" },
  904: { type: "port", from: "in_progress", to: "in_progress" },
  906: { type: "disconnect", from: "in_progress", to: "completed" },
  1302: { type: "reserve", from: "accepted", to: "rejected" },
  1303: { type: "reserve", from: "accepted", to: "rejected" },
  1304: { type: "reserve", from: "accepted", to: "rejected" },
  1403: { type: "reserve", from: "accepted", to: "rejected" },
  1429: { type: "reserve", from: "accepted", to: "rejected" },
  1616: { type: "change", from: "accepted", to: "rejected" },
  1648: { type: "reserve", from: "accepted", to: "rejected" },
  1807: { type: "reserve", from: "accepted", to: "accepted" },
  1921: { type: "reserve", from: "awaiting_approval", to: "rejected" },
  4011: { type: "reserve", from: "accepted", to: "rejected" },
  10001: { type: "reserve", from: "in_progress", to: "awaiting_approval" },
  10002: { type: "reserve", from: "in_progress", to: "completed" },
  10004: { type: "reserve", from: "in_progress", to: "cancelled" },
  10005: { type: "reserve", from: "awaiting_approval", to: "cancelled" },
  10006: { type: "reserve", from: "in_progress", to: "in_progress" },
  10008: { type: "reserve", from: "in_progress", to: "in_progress" },
  10009: { type: "reserve", from: "in_progress", to: "cancelled" },
  10010: { type: "reserve", from: "in_progress", to: "cancelled" },
  10012: { type: "reserve", from: "accepted", to: "rejected" },
  10013: { type: "reserve", from: "awaiting_approval", to: "cancelled" },
  10015: { type: "reserve", from: "accepted", to: "rejected" },
  20020: { type: "install", from: "accepted", to: "rejected" },
  20063: { type: "change", from: "accepted", to: "rejected" },
  20066: { type: "port", from: "in_progress", to: "in_progress" },
  20107: { type: "reserve", from: "in_progress", to: "in_progress" },
  20217: { type: "port", from: "accepted", to: "rejected" },
};
const NOTIFICATION_CODES = LUMEN_CODE_ROWS.filter((row) => row.kind === "notification").map((row) => row.code);
const CASES = NOTIFICATION_CODES.flatMap((code) => (["Basic", "Bearer"] as const).map((scheme) => [code, scheme] as const));

describe(`PUT /voice/notifications (${inject("databaseKind")})`, () => {
  it("has an expectation for every notification code of the guide", () => {
    expect(NOTIFICATION_CODES.filter((code) => !EXPECTED[code])).toEqual([]);
  });

  it.each(CASES)("stores %i sent with %s and moves the order it names", async (code, scheme) => {
    const org = scheme === "Basic" ? basicOrg : oauthOrg;
    const expected = EXPECTED[code]!;
    const order = await createAcceptedOrder(org.id, expected.type, expected.from);
    const focDate = code === 903 || code === 904 ? "2026-12-08T00:00:00Z" : undefined;
    const message = code === 10001 ? messageOf(code).replace("{ORDER_Telephone number_QTY}", "7") : undefined;

    const response = await putNotification(notificationXml(org, order.voiceOrderId!, code, { focDate, message }), authOf(org));

    expect(response.status).toBe(200);
    const stored = await testDb.notification.findFirstOrThrow({ where: { organizationId: org.id, voiceOrderId: order.voiceOrderId } });
    expect(stored).toMatchObject({ source: "webhook", outcome: "applied", orderId: order.id, notificationCode: code, deliveries: 1 });
    const after = await testDb.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(after.status).toBe(expected.to);
    if (focDate) expect(after.focDate).toEqual(new Date(focDate));
    if (code === 10001) expect(after.availableQuantity).toBe(7);
  });

  it("stores the guide's own sample, its markup as printed, and moves the reservation it names", async () => {
    const order = await createAcceptedOrder(basicOrg.id, "reserve");
    const xml = GUIDE_SAMPLE.replace("API Voice Order Number", order.voiceOrderId!)
      .replace("Customer Number ", `${basicOrg.customerNumber} `)
      .replace("Customer Name", basicOrg.name)
      .replace("Rate Center ", "DENVER ")
      .replaceAll("<notificationCode>123", "<notificationCode>901")
      .replaceAll("…", messageOf(901));
    expect(xml).toContain("</ orderNumber >");

    expect((await putNotification(xml, authOf(basicOrg))).status).toBe(200);
    const stored = await testDb.notification.findFirstOrThrow({ where: { orderId: order.id } });
    expect(stored).toMatchObject({ outcome: "applied", rateCenter: "DENVER", state: "CO", rawBody: xml });
    expect((await testDb.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("in_progress");
  });

  it("answers a redelivery with 200 and changes nothing: one row, two deliveries", async () => {
    const order = await createAcceptedOrder(oauthOrg.id, "install", "in_progress");
    const xml = notificationXml(oauthOrg, order.voiceOrderId!, 902);
    expect((await putNotification(xml, bearer)).status).toBe(200);
    expect((await putNotification(xml, bearer)).status).toBe(200);

    const rows = await testDb.notification.findMany({ where: { orderId: order.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.deliveries).toBe(2);
    const events = await testDb.orderEvent.count({ where: { orderId: order.id, kind: "notification" } });
    expect(events).toBe(1);
  });
});

describe("credentials", () => {
  it.each([
    ["no credentials", null],
    ["a wrong password", () => basicAuth(basicOrg.principal, "not-the-secret")],
    ["an unknown user", () => basicAuth("nobody-here", basicOrg.secret)],
    ["OAuth client credentials sent as Basic", () => basicAuth(oauthOrg.principal, oauthOrg.secret)],
    ["a bearer token the portal did not issue", () => "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl"],
    ["another scheme", () => "Digest username=x"],
  ])("refuses %s with 401 and a challenge, storing nothing", async (_case, authorization) => {
    const order = await createAcceptedOrder(basicOrg.id, "reserve");
    const before = (await notificationsOf(basicOrg.id)).length;
    const response = await putNotification(notificationXml(basicOrg, order.voiceOrderId!, 901), typeof authorization === "function" ? authorization() : authorization);

    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toMatch(/Basic realm=.*Bearer realm=/);
    expect((await notificationsOf(basicOrg.id)).length).toBe(before);
    expect((await testDb.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("accepted");
  });

  it("issues tokens valid at least 24 hours to the OAuth client only, with RFC 6749's answers", async () => {
    const issued = await requestToken(oauthOrg.principal, oauthOrg.secret, { inBody: true });
    expect(issued.status).toBe(200);
    expect(issued.body).toMatchObject({ token_type: "Bearer" });
    expect(Number(issued.body.expires_in)).toBeGreaterThanOrEqual(24 * 60 * 60);
    expect(issued.headers.get("cache-control")?.split(", ")).toContain("no-store");

    for (const [clientId, secret] of [[oauthOrg.principal, "wrong"], ["unknown-client", oauthOrg.secret], [basicOrg.principal, basicOrg.secret]]) {
      const refused = await requestToken(clientId!, secret!);
      expect(refused.status).toBe(401);
      expect(refused.body.error).toBe("invalid_client");
      expect(refused.body).not.toHaveProperty("access_token");
    }
    expect((await requestToken(oauthOrg.principal, oauthOrg.secret, { grantType: "password" })).body.error).toBe("unsupported_grant_type");
  });

  it("refuses a token issued before the secret changed in Settings, and audits the change without the secret", async () => {
    const org = await createWebhookOrganization("whrotate", "oauth");
    const admin = await createTestUser(org.id, "admin");
    const oldToken = `Bearer ${(await requestToken(org.principal, org.secret)).body.access_token}`;
    const first = await createAcceptedOrder(org.id, "reserve");
    expect((await putNotification(notificationXml(org, first.voiceOrderId!, 901), oldToken)).status).toBe(200);

    const newSecret = "a-brand-new-webhook-secret-0123456789";
    const saved = await notificationSettingsRoute(
      (await requestAs(admin.id, "/api", {
        method: "PATCH",
        json: { webhookAuthMode: "oauth", webhookPrincipal: org.principal, webhookSecret: newSecret, notificationPollSeconds: 120 },
      })) as never,
      routeParams({ org: org.slug }) as never,
    );
    expect(saved.status).toBe(200);
    const body = await saved.json();
    expect(body.settings).toMatchObject({ hasWebhookSecret: true, notificationPollSeconds: 120 });
    expect(JSON.stringify(body)).not.toContain(newSecret);

    const second = await createAcceptedOrder(org.id, "reserve");
    expect((await putNotification(notificationXml(org, second.voiceOrderId!, 901), oldToken)).status).toBe(401);
    expect((await requestToken(org.principal, org.secret)).status).toBe(401);
    const newToken = `Bearer ${(await requestToken(org.principal, newSecret)).body.access_token}`;
    expect((await putNotification(notificationXml(org, second.voiceOrderId!, 901), newToken)).status).toBe(200);

    const audit = await testDb.auditLog.findFirstOrThrow({ where: { organizationId: org.id, action: "organization.notification_settings_update" } });
    expect(audit.after).toMatchObject({ webhookSecret: "(changed)", notificationPollSeconds: 120 });
    expect(JSON.stringify(audit)).not.toContain(newSecret);
  });

  it("refuses a notification about another organization's customer number and keeps nothing", async () => {
    const theirs = await createAcceptedOrder(oauthOrg.id, "reserve");
    const [oursBefore, theirsBefore] = [(await notificationsOf(basicOrg.id)).length, (await notificationsOf(oauthOrg.id)).length];

    const response = await putNotification(notificationXml(oauthOrg, theirs.voiceOrderId!, 1302), authOf(basicOrg));

    expect(response.status).toBe(403);
    expect((await notificationsOf(basicOrg.id)).length).toBe(oursBefore);
    expect((await notificationsOf(oauthOrg.id)).length).toBe(theirsBefore);
    expect((await testDb.order.findUniqueOrThrow({ where: { id: theirs.id } })).status).toBe("accepted");
  });
});

describe("hostile and broken bodies", () => {
  const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
${Array.from({ length: 9 }, (_, i) => ` <!ENTITY lol${i + 1} "${`&lol${i || ""};`.repeat(10)}">`).join("\n")}
]>
<PartnerNotification><orderNumber>&lol9;</orderNumber><customerNumber>CUSTOMER</customerNumber>
<voiceOrderStatus><notificationCode>901</notificationCode><notificationMessage>&lol9;</notificationMessage></voiceOrderStatus></PartnerNotification>`;
  const EXTERNAL_ENTITY = `<?xml version="1.0"?>
<!DOCTYPE PartnerNotification [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<PartnerNotification><orderNumber>VOORDER</orderNumber><customerNumber>CUSTOMER</customerNumber>
<voiceOrderStatus><notificationCode>901</notificationCode><notificationMessage>&xxe;</notificationMessage></voiceOrderStatus></PartnerNotification>`;

  it.each([
    ["an XML bomb (billion laughs)", BILLION_LAUGHS],
    ["an external entity (file:///etc/passwd)", EXTERNAL_ENTITY],
  ])("refuses %s with 400, expands nothing, and goes on serving", async (_case, template) => {
    const order = await createAcceptedOrder(basicOrg.id, "reserve");
    const hostile = template.replace("CUSTOMER", basicOrg.customerNumber).replace("VOORDER", order.voiceOrderId!);

    const refused = await putNotification(hostile, authOf(basicOrg));
    expect(refused.status).toBe(400);
    expect(refused.body?.error.details?.problem).toBe("doctype");
    const kept = await testDb.notification.findFirstOrThrow({ where: { organizationId: basicOrg.id, rawBody: hostile } });
    expect(kept).toMatchObject({ outcome: "malformed", orderId: null });
    expect(kept.rawBody.length).toBe(hostile.length);
    expect(kept.rawBody).not.toContain("root:");
    expect((await testDb.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("accepted");

    expect((await putNotification(notificationXml(basicOrg, order.voiceOrderId!, 901), authOf(basicOrg))).status).toBe(200);
    expect((await testDb.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("in_progress");
  });

  it("cuts a 10 MB body off with 413 once it passes the limit, without reading the rest", async () => {
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    let pulled = 0;
    const tenMegabytes = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= 10 * 1024 * 1024) return controller.close();
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const before = (await notificationsOf(basicOrg.id)).length;

    const response = await putNotification(tenMegabytes, authOf(basicOrg));

    expect(response.status).toBe(413);
    expect(pulled).toBeLessThanOrEqual(NOTIFICATION_BODY_LIMIT_BYTES + 4 * chunk.byteLength);
    expect((await notificationsOf(basicOrg.id)).length).toBe(before);
  });

  it("refuses a declared 10 MB body with 413 before reading any of it", async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(1024));
      },
    });
    const response = await putNotification(body, authOf(basicOrg), { "content-length": String(10 * 1024 * 1024) });
    expect(response.status).toBe(413);
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it("keeps malformed XML from an authenticated sender for inspection and answers 400", async () => {
    const broken = `<PartnerNotification><orderNumber>VO1</orderNumber><customerNumber>${basicOrg.customerNumber}`;
    const response = await putNotification(broken, authOf(basicOrg));
    expect(response.status).toBe(400);
    expect(response.body?.error.details?.problem).toBe("malformed");
    const kept = await testDb.notification.findFirstOrThrow({ where: { organizationId: basicOrg.id, rawBody: broken } });
    expect(kept).toMatchObject({ outcome: "malformed", source: "webhook" });
    expect(kept.error).toMatch(/well-formed/);
  });

  it("keeps a PartnerNotification without its order number as malformed, with 400", async () => {
    const incomplete = notificationXml(basicOrg, "VO00000000", 901).replace(/<orderNumber>.*<\/orderNumber>/, "");
    const response = await putNotification(incomplete, authOf(basicOrg));
    expect(response.status).toBe(400);
    expect(response.body?.error.details?.problem).toBe("missing_fields");
    expect(await testDb.notification.count({ where: { organizationId: basicOrg.id, rawBody: incomplete, outcome: "malformed" } })).toBe(1);
  });

  it("refuses a body that says it is not XML with 415", async () => {
    const response = await putNotification(`{"orderNumber":"VO1"}`, authOf(basicOrg), { "content-type": "application/json" });
    expect(response.status).toBe(415);
  });
});
