import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { GET as auditCsv } from "@/app/api/orgs/[org]/audit.csv/route";
import { PUT as putAlerts } from "@/app/api/orgs/[org]/alerts/route";
import { PATCH as patchSettings } from "@/app/api/orgs/[org]/settings/route";
import { PATCH as patchNotificationSettings } from "@/app/api/orgs/[org]/settings/notifications/route";
import { POST as postSubAccount } from "@/app/api/orgs/[org]/sub-accounts/route";
import { hashPassword } from "@/lib/auth/password";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { createTestClient } from "@/lib/lumen/client/client-test-kit";
import { checkOrderWithLumen } from "@/lib/orders/refresh-order";
import { submitOrder } from "@/lib/orders/submit-order";
import type { TestSandbox } from "@/lib/sandbox/testing/sandbox-harness";
import { requireMembership } from "@/lib/tenancy/require-membership";
import { createTestOrganization, createTestUser, requestAs, routeParams, testDb } from "@/test/fixtures";
import { idempotencyKey, startSandboxAtNow } from "@/test/order-fixtures";
import { listAuditEntries } from "./list-audit-entries";

// The audit trail through the real route handlers with real session cookies: what each
// action records (secrets only as "changed"), who may read it (the organization's own
// admins and owners), the sign-ins of its members, and the CSV with the page's filters.

type Org = Awaited<ReturnType<typeof createTestOrganization>>;
type CsvRow = Record<string, string>;
let sandbox: TestSandbox;
let orgA: Org;
let orgB: Org;
const users: Record<string, { id: string; email: string }> = {};
const PASSWORD = "correct horse battery";

beforeAll(async () => {
  sandbox = await startSandboxAtNow();
  orgA = await createTestOrganization("audit");
  orgB = await createTestOrganization("auditother");
  const reseller = await testDb.subAccount.create({ data: { organizationId: orgA.id, name: "Audit reseller", customerServiceNames: [] } });
  for (const role of ["owner", "admin", "operator", "viewer"] as const) users[role] = await createTestUser(orgA.id, role);
  users.resellerAdmin = await createTestUser(orgA.id, "admin", { subAccountId: reseller.id });
  users.adminB = await createTestUser(orgB.id, "admin");
  const passwordHash = await hashPassword(PASSWORD);
  users.member = await createTestUser(orgA.id, "operator", { passwordHash });
  users.lockedMember = await createTestUser(orgA.id, "viewer", { passwordHash });
  users.outsider = await createTestUser(orgB.id, "operator", { passwordHash });
});
afterAll(() => sandbox.close());

async function call(handler: (req: never, ctx: never) => Promise<Response>, userId: string, org: Org, init: Parameters<typeof requestAs>[2]) {
  const response = await handler((await requestAs(userId, "/api/test", init)) as never, routeParams({ org: org.slug }) as never);
  return { status: response.status, body: await response.json() };
}

async function csv(userId: string | null, org: Org, filters: Record<string, string> = {}) {
  const search = new URLSearchParams(filters).toString();
  const response = await auditCsv((await requestAs(userId, `/api/orgs/${org.slug}/audit.csv?${search}`)) as never, routeParams({ org: org.slug }) as never);
  const text = await response.text();
  const rows = response.ok ? Papa.parse<CsvRow>(text, { header: true, skipEmptyLines: true }).data : [];
  return { status: response.status, text, rows, headers: response.headers };
}

const tenantOf = (userId: string, org: Org = orgA) => requireMembership(org.slug, "viewer", { id: userId });
const list = async (userId: string, filters: Record<string, string> = {}) => listAuditEntries(await tenantOf(userId), filters);
const latest = (action: string) => testDb.auditLog.findFirstOrThrow({ where: { organizationId: orgA.id, action }, orderBy: { createdAt: "desc" } });
const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

describe(`the audit trail (${inject("databaseKind")})`, () => {
  it("records a settings change with what it was and what it became, and a credential only as changed", async () => {
    const secret = "lumen-client-secret-4242";
    const saved = await call(patchSettings, users.admin!.id, orgA, {
      method: "PATCH",
      json: { name: "Audited Partner", environment: "sandbox", lumenBaseUrl: "http://127.0.0.1:4010", clientId: "", clientSecret: secret },
    });
    expect(saved.status).toBe(200);

    const stored = await latest("organization.settings_update");
    expect(stored).toMatchObject({ actorUserId: users.admin!.id, targetType: "Organization", targetId: orgA.id });
    expect(stored.before).toEqual({ name: orgA.name, environment: "sandbox", lumenBaseUrl: "http://127.0.0.1:4010" });
    expect(stored.after).toEqual({ name: "Audited Partner", environment: "sandbox", lumenBaseUrl: "http://127.0.0.1:4010", clientId: "(unchanged)", clientSecret: "(changed)" });
    expect(JSON.stringify(stored)).not.toContain(secret);

    const [entry] = (await list(users.owner!.id, { action: "organization.settings_update" })).entries;
    expect(entry).toMatchObject({ actionLabel: "Changed the Lumen connection settings", actor: { email: users.admin!.email }, target: { kind: "organization", id: orgA.id } });
    expect(entry!.changes).toEqual([
      { field: "name", label: "Name", before: orgA.name, after: "Audited Partner", secret: false },
      { field: "clientSecret", label: "Client secret", after: "changed", secret: true },
    ]);
  });

  it("records a webhook credential change as changed only, and files it under credential changes", async () => {
    const secret = "a-new-webhook-secret-0123456789abcdef";
    const body = { webhookAuthMode: "basic", webhookPrincipal: `audit-${orgA.id}`, notificationPollSeconds: 60 };
    expect((await call(patchNotificationSettings, users.admin!.id, orgA, { method: "PATCH", json: { ...body, webhookSecret: secret } })).status).toBe(200);
    // Saved again without a new secret: a settings change, not a credential change.
    expect((await call(patchNotificationSettings, users.owner!.id, orgA, { method: "PATCH", json: { ...body, notificationPollSeconds: 90, webhookSecret: "" } })).status).toBe(200);

    const stored = await testDb.auditLog.findMany({ where: { organizationId: orgA.id, action: "organization.notification_settings_update" }, orderBy: { createdAt: "asc" } });
    expect(stored.map((entry) => (entry.after as Record<string, unknown>).webhookSecret)).toEqual(["(changed)", "(unchanged)"]);
    expect(stored.every((entry) => !Object.hasOwn(entry.before as object, "webhookSecret"))).toBe(true);
    expect(JSON.stringify(stored)).not.toContain(secret);

    const credentials = await csv(users.admin!.id, orgA, { action: "credentials" });
    expect(credentials.status).toBe(200);
    expect(credentials.text).not.toContain(secret);
    expect(credentials.rows.map((row) => [row.actionCode, row.actorEmail])).toEqual([
      ["organization.notification_settings_update", users.admin!.email],
      ["organization.settings_update", users.admin!.email],
    ]);
    expect(credentials.rows[0]!.changes).toContain("Webhook secret: changed");
    const settings = await csv(users.admin!.id, orgA, { action: "organization.notification_settings_update" });
    expect(settings.rows[0]).toMatchObject({ actorEmail: users.owner!.email, changes: "Polling interval (seconds): 60 → 90" });
  });

  it("lists a member's sign-ins and failed sign-ins for the organization's admins, and not for another organization's", async () => {
    const member = users.member!;
    expect(await verifyCredentials({ email: member.email, password: "wrong password" }, "198.51.100.7")).toEqual({ ok: false, reason: "invalid" });
    expect((await verifyCredentials({ email: member.email, password: PASSWORD }, "198.51.100.8")).ok).toBe(true);
    expect((await verifyCredentials({ email: users.outsider!.email, password: PASSWORD }, "198.51.100.9")).ok).toBe(true);
    // Locked out after five failures, the next attempt is refused and still names the member.
    const locked = users.lockedMember!;
    for (let i = 0; i < 6; i++) await verifyCredentials({ email: locked.email, password: `wrong-${i}` }, "203.0.113.50");

    const ours = await csv(users.admin!.id, orgA, { action: "sign-in", address: "198.51.100." });
    expect(ours.rows.map((row) => [row.actionCode, row.actorEmail, row.address])).toEqual([
      ["auth.sign_in", member.email, "198.51.100.8"],
      ["auth.sign_in_failed", member.email, "198.51.100.7"],
    ]);
    expect(ours.rows[1]!.action).toBe("Sign-in failed: wrong e-mail or password");
    const lockedRows = (await csv(users.owner!.id, orgA, { actor: locked.email })).rows.map((row) => row.actionCode);
    expect(lockedRows).toEqual(["auth.sign_in_refused_locked", ...Array(5).fill("auth.sign_in_failed")]);

    const theirs = await csv(users.adminB!.id, orgB, { action: "sign-in" });
    expect(theirs.rows.map((row) => row.actorEmail)).toEqual([users.outsider!.email]);
    expect(theirs.text).not.toContain(member.email);
  });

  it("records an order placed and a check with Lumen that changed it, with the order as target", async () => {
    const { client } = createTestClient(sandbox, { now: () => new Date() });
    const operator = await tenantOf(users.operator!.id);
    const request = { productID: "2036", rateCenters: [{ rateCenter: "OMAHA", state: "NE", quantity: 2 }] };
    const { orderId } = await submitOrder(operator, { type: "reserve", idempotencyKey: idempotencyKey(), request }, { client, ipAddress: "192.0.2.10" });
    await sandbox.advance({ minutes: 6 });
    expect((await checkOrderWithLumen(operator, orderId, "192.0.2.11", { client })).changed).toBe(true);
    // Nothing changed the second time: nothing to record.
    expect((await checkOrderWithLumen(operator, orderId, "192.0.2.11", { client })).changed).toBe(false);
    const order = await testDb.order.findUniqueOrThrow({ where: { id: orderId } });

    const page = await list(users.admin!.id, { target: order.voiceOrderId! });
    expect(page.entries.map((entry) => [entry.action, entry.ipAddress, entry.target?.kind, entry.target?.label])).toEqual([
      ["order.check_with_lumen", "192.0.2.11", "order", order.voiceOrderId],
      ["order.submit_reserve", "192.0.2.10", "order", order.voiceOrderId],
    ]);
    expect(page.entries[0]!.changes).toEqual([{ field: "status", label: "Status", before: "accepted", after: "completed", secret: false }]);
    expect(page.entries[1]!.changes).toEqual([{ field: "product", label: "Product", after: "2036", secret: false }]);
    expect((await list(users.admin!.id, { action: "orders", target: orderId })).total).toBe(2);
  });

  it("refuses operators, viewers, a sub-account's users, other organizations and nobody", async () => {
    expect((await csv(users.operator!.id, orgA)).status).toBe(403);
    expect((await csv(users.viewer!.id, orgA)).status).toBe(403);
    expect((await csv(users.resellerAdmin!.id, orgA)).status).toBe(404);
    expect((await csv(users.adminB!.id, orgA)).status).toBe(404);
    expect((await csv(null, orgA)).status).toBe(401);
    await expect(list(users.viewer!.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(list(users.operator!.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(list(users.resellerAdmin!.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await csv(users.owner!.id, orgA)).status).toBe(200);
  });

  it.each<[string, () => Record<string, string>]>([
    ["everything", () => ({})],
    ["a category", () => ({ action: "sign-in" })],
    ["one action exactly", () => ({ action: "auth.sign_in" })],
    ["the start of an action", () => ({ action: "auth.sign_in_" })],
    ["part of an e-mail address", () => ({ actor: users.member!.email.split("@")[0]!.toUpperCase() })],
    ["the start of an address", () => ({ address: "203.0.113." })],
    ["a date range", () => ({ from: day(-1), to: day(0) })],
    ["a range with nothing in it", () => ({ from: day(1) })],
    ["several at once", () => ({ action: "settings", actor: users.owner!.email })],
  ])("lists the same entries on the page and in the CSV for %s", async (_, filters) => {
    const wanted = filters();
    const page = await list(users.admin!.id, { ...wanted, pageSize: "200" });
    const file = await csv(users.admin!.id, orgA, wanted);
    expect(file.rows.map((row) => [row.time, row.actionCode, row.actorEmail])).toEqual(
      page.entries.map((entry) => [entry.createdAt.toISOString(), entry.action, entry.actor?.email ?? ""]),
    );
    expect(file.rows.length).toBe(page.total);
    const codes = new Set(page.entries.map((entry) => entry.action));
    if (wanted.action === "auth.sign_in") expect([...codes]).toEqual(["auth.sign_in"]);
    if (wanted.action === "auth.sign_in_") expect([...codes].sort()).toEqual(["auth.sign_in_failed", "auth.sign_in_refused_locked"]);
    if (wanted.address) expect(page.entries.every((entry) => entry.ipAddress!.startsWith("203.0.113."))).toBe(true);
    if (wanted.from === day(1)) expect(page.total).toBe(0);
    else expect(page.total).toBeGreaterThan(0);
  });

  it("refuses a filter it cannot read with a field error", async () => {
    await expect(list(users.admin!.id, { from: "2026-02-30" })).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["from"] })] });
    expect((await csv(users.admin!.id, orgA, { action: "DROP TABLE" })).status).toBe(422);
  });

  it("quotes commas, quotes and line breaks, and keeps spreadsheet formulas from running", async () => {
    const name = 'Acme, "Best"\nResale';
    expect((await call(postSubAccount, users.admin!.id, orgA, { method: "POST", json: { name } })).status).toBe(201);
    const formulas = ["=1+1", "+1", "-1", "@SUM(A1)", '=HYPERLINK("http://x")\nsecond line'];
    const actors = [];
    for (const formula of formulas) {
      const actor = await createTestUser(orgA.id, "viewer");
      await testDb.user.update({ where: { id: actor.id }, data: { name: formula } });
      const none = { backorder_waiting: false, rejection: false, foc_scheduled: false, not_placed: false };
      expect((await call(putAlerts, actor.id, orgA, { method: "PUT", json: { ...none, rejection: true } })).status).toBe(200);
      actors.push(actor);
    }

    const created = await csv(users.admin!.id, orgA, { action: "sub_account.create" });
    expect(created.text).toContain('"Sub-account Acme, ""Best""\nResale"');
    expect(created.rows[0]).toMatchObject({ target: `Sub-account ${name}`, changes: `Name: ${name}; Customer service names: none` });

    const alerts = await csv(users.admin!.id, orgA, { action: "alerts.update" });
    const nameOf = new Map(alerts.rows.map((row) => [row.actorEmail, row.actorName]));
    expect(actors.map((actor) => nameOf.get(actor.email))).toEqual(formulas.map((formula) => `'${formula}`));
    expect(alerts.rows[0]!.changes).toBe("Alert: Order rejected: off → on");
  });

  it("names the download after the organization and keeps it out of caches", async () => {
    const { headers } = await csv(users.admin!.id, orgA);
    expect(headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(headers.get("content-disposition")).toMatch(new RegExp(`^attachment; filename="audit-trail-${orgA.slug}-\\d{4}-\\d{2}-\\d{2}\\.csv"$`));
    expect(headers.get("cache-control")).toBe("no-store");
  });
});
