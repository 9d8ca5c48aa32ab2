import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { sealSecret } from "@/lib/crypto/secret-box";
import { toErrorBody } from "@/lib/errors/to-error-body";
import { APPS, type TestSandbox } from "@/lib/sandbox/testing/sandbox-harness";
import { createTestOrganization, createTestUser, requestAs, routeParams, testDb } from "@/test/fixtures";
import { idempotencyKey, startSandboxAtNow } from "@/test/order-fixtures";
import { ACTORS, METHODS, PUBLIC_ROUTES, ROUTE_CASES, type Actor, type MatrixCall, type MatrixFixture, type RouteCase, type Statuses } from "./access-matrix-cases";
import { PAGE_CASES, type PageCase } from "./access-matrix-pages";
import { requireMembership } from "./require-membership";
import type { Role } from "./roles";

// Every route handler and every portal page, asked by every kind of actor, through the
// real handlers with real session cookies, on PGlite and on PostgreSQL; Lumen is the
// sandbox, as customer 3-CH-1807 (no other test file uses it). The rows live in
// access-matrix-cases.ts and access-matrix-pages.ts; the first test below fails when a
// route file, a method or a page has no row, so a new route cannot skip the matrix.

const ROOT = path.resolve(import.meta.dirname, "../..");
// Written into the data a reseller of A1 must never see (A2's) and nobody in A may see (B's).
const SECRET_A2 = "zz-private-to-a2";
const SECRET_B = "zz-private-to-b";
const CUSTOMER = "3-CH-1807";

let sandbox: TestSandbox;
let fx: MatrixFixture;
const userIds = {} as Record<Exclude<Actor, "signedOut">, string>;

function filesUnder(dir: string, name: string): string[] {
  return (readdirSync(path.join(ROOT, dir), { recursive: true }) as string[])
    .map((file) => path.posix.join(dir, file.split(path.sep).join("/")))
    .filter((file) => path.posix.basename(file) === name)
    .sort();
}

async function exportedMethods(route: string): Promise<string[]> {
  const exported = (await import(path.join(ROOT, route))) as Record<string, unknown>;
  return METHODS.filter((method) => typeof exported[method] === "function");
}

type Handler = (request: never, context: never) => Promise<Response>;

async function send(route: string, method: string, actor: Actor, call: MatrixCall) {
  const handler = ((await import(path.join(ROOT, route))) as Record<string, Handler>)[method]!;
  const url = `/matrix${call.search ? `?${call.search}` : ""}`;
  const request = await requestAs(actor === "signedOut" ? null : userIds[actor], url, { method, json: call.json, body: call.body, headers: call.headers });
  const response = await handler(request as never, routeParams(call.params) as never);
  return { status: response.status, text: await response.text() };
}

/**
 * Nothing of organization B ever reaches anyone in A; nothing of sub-account A2 (its name,
 * its customer service name, its number) reaches A1's users. A crafted request names A2's
 * number itself, so its answer may say that number back.
 */
function expectNoLeak(actor: Actor, text: string, where: string, options: { namedInRequest?: boolean } = {}) {
  expect(text, `${where}: ${actor} was shown organization B's data`).not.toContain(SECRET_B);
  if (actor !== "resellerOperator" && actor !== "resellerViewer") return;
  for (const secret of [SECRET_A2, fx.customerServiceNameA2, ...(options.namedInRequest ? [] : [fx.tnA2])]) {
    expect(text, `${where}: ${actor} was shown sub-account A2's ${secret}`).not.toContain(secret);
  }
}

function expectedOf(row: { expected: Statuses; deviation?: { actual: Partial<Statuses> } }): Statuses {
  return { ...row.expected, ...row.deviation?.actual };
}

async function pageStatus(page: PageCase["run"], actor: Exclude<Actor, "signedOut">): Promise<{ status: number; text: string }> {
  try {
    const tenant = await requireMembership(fx.orgA, "viewer", { id: userIds[actor] });
    return { status: 200, text: JSON.stringify((await page(tenant, fx)) ?? null) };
  } catch (error) {
    return { status: toErrorBody(error).status, text: "" };
  }
}

async function subAccount(organizationId: string, name: string, customerServiceNames: string[]) {
  return (await testDb.subAccount.create({ data: { organizationId, name, customerServiceNames } })).id;
}

async function order(organizationId: string, subAccountId: string | null, marker: string) {
  const key = idempotencyKey();
  const request = { note: marker };
  // Sent, and the answer lost: "Check with Lumen" asks the sandbox for it by our external id.
  const row = await testDb.order.create({
    data: { organizationId, subAccountId, type: "reserve", productId: "2036", status: "unconfirmed", idempotencyKey: key, externalOrderId: `${marker}-${key}`, request },
  });
  return row.id;
}

async function notification(organizationId: string, subAccountId: string | null, marker: string) {
  const row = await testDb.notification.create({
    data: { organizationId, subAccountId, source: "webhook", dedupeKey: randomUUID(), rawBody: `<x>${marker}</x>`, notificationMessage: marker, outcome: "malformed" },
  });
  return row.id;
}

async function number(organizationId: string, subAccountId: string | null, tn: string, authorId: string, noteBody: string) {
  const row = await testDb.telephoneNumber.create({ data: { organizationId, subAccountId, tn, status: "active", productId: "2036" } });
  await testDb.telephoneNumberNote.create({ data: { telephoneNumberId: row.id, authorId, body: noteBody, visibility: "shared" } });
  return tn;
}

async function invitation(organizationId: string, email: string, role: Role = "viewer") {
  const row = await testDb.invitation.create({
    data: { organizationId, email, role, tokenHash: randomUUID(), expiresAt: new Date(Date.now() + 86_400_000) },
  });
  return row.id;
}

function newEmail() {
  return `invited-${randomUUID().slice(0, 8)}@test.example`;
}

async function membershipOf(userId: string) {
  return (await testDb.membership.findFirstOrThrow({ where: { userId }, select: { id: true } })).id;
}

beforeAll(async () => {
  sandbox = await startSandboxAtNow();
  const created = await createTestOrganization("matrix");
  await testDb.organization.updateMany({ where: { customerNumber: CUSTOMER }, data: { customerNumber: `9-OLD-${randomUUID().slice(0, 8).toUpperCase()}` } });
  const orgA = await testDb.organization.update({
    where: { id: created.id },
    data: {
      customerServiceNames: ["CRIMSON-MAIN", "CRIMSON-A2"],
      customerNumber: CUSTOMER,
      lumenBaseUrl: sandbox.url,
      clientIdEnc: sealSecret(APPS.reseller.clientId),
      clientSecretEnc: sealSecret(APPS.reseller.clientSecret),
    },
  });
  const orgB = await testDb.organization.update({ where: { id: (await createTestOrganization("other")).id }, data: { name: `Other ${SECRET_B}` } });

  const subA1 = await subAccount(orgA.id, "Reseller A1", ["CRIMSON-MAIN"]);
  const subA2 = await subAccount(orgA.id, `Reseller ${SECRET_A2}`, ["CRIMSON-A2"]);
  const subB = await subAccount(orgB.id, `Reseller ${SECRET_B}`, ["OTHER-B"]);

  for (const role of ["owner", "admin", "operator", "viewer"] as const) userIds[role] = (await createTestUser(orgA.id, role)).id;
  userIds.resellerOperator = (await createTestUser(orgA.id, "operator", { subAccountId: subA1 })).id;
  userIds.resellerViewer = (await createTestUser(orgA.id, "viewer", { subAccountId: subA1 })).id;
  userIds.otherOrg = (await createTestUser(orgB.id, "owner")).id;
  const viewerB = (await createTestUser(orgB.id, "viewer")).id;

  fx = {
    orgA: orgA.slug,
    orgB: orgB.slug,
    subA1,
    subA2,
    subB,
    orderA1: await order(orgA.id, subA1, "a1-reservation"),
    orderA2: await order(orgA.id, subA2, SECRET_A2),
    orderB: await order(orgB.id, null, SECRET_B),
    notificationA1: await notification(orgA.id, subA1, "a1-notification"),
    notificationA2: await notification(orgA.id, subA2, SECRET_A2),
    notificationB: await notification(orgB.id, null, SECRET_B),
    tnA1: await number(orgA.id, subA1, "7205550101", userIds.owner, "A1's shared note"),
    tnA2: await number(orgA.id, subA2, "7205550102", userIds.owner, SECRET_A2),
    tnB: await number(orgB.id, null, "7205550103", userIds.otherOrg, SECRET_B),
    customerServiceNameA2: "CRIMSON-A2",
    invitationB: await invitation(orgB.id, newEmail()),
    memberB: await membershipOf(viewerB),
    newInvitationA: () => invitation(orgA.id, newEmail()),
    newMemberA: async (role = "viewer") => membershipOf((await createTestUser(orgA.id, role)).id),
    newOwnerInvitationA: () => invitation(orgA.id, newEmail(), "owner"),
    newEmail,
    idempotencyKey,
  };
});

afterAll(() => sandbox?.close());

describe(`the access matrix (${inject("databaseKind")})`, () => {
  it("has a row for every route file and exported method, and every row names a real one", async () => {
    const routes = [...filesUnder("app/api", "route.ts"), ...filesUnder("app/voice", "route.ts")];
    const missing: string[] = [];
    for (const route of routes) {
      if (route in PUBLIC_ROUTES) continue;
      for (const method of await exportedMethods(route)) {
        if (!ROUTE_CASES.some((row) => row.route === route && row.method === method)) missing.push(`${method} ${route}`);
      }
    }
    expect(missing, "route handlers with no row in access-matrix-cases.ts").toEqual([]);

    const stale: string[] = [];
    for (const row of ROUTE_CASES) {
      if (!routes.includes(row.route) || !(await exportedMethods(row.route)).includes(row.method)) stale.push(`${row.method} ${row.route}`);
    }
    expect(stale, "rows for a route or method that does not exist").toEqual([]);
    expect(Object.keys(PUBLIC_ROUTES).filter((route) => !routes.includes(route))).toEqual([]);
  });

  it("has a guard row for every portal page, and each page really calls that guard", () => {
    const pages = filesUnder("app/(portal)/[org]", "page.tsx");
    expect(pages.filter((page) => !PAGE_CASES.some((row) => row.page === page)), "pages with no row in access-matrix-pages.ts").toEqual([]);
    for (const row of PAGE_CASES) {
      expect(pages, `${row.page} is not a page`).toContain(row.page);
      expect(readFileSync(path.join(ROOT, row.page), "utf8"), `${row.page} does not call ${row.guard}`).toContain(`${row.guard}(`);
    }
  });

  it("records a deviation only where the code really answers otherwise than the rule", () => {
    for (const row of ROUTE_CASES) {
      for (const [actor, status] of Object.entries(row.deviation?.actual ?? {})) {
        expect(status, `${row.method} ${row.route}: the deviation for ${actor} equals the rule; drop it`).not.toBe(row.expected[actor as Actor]);
      }
    }
  });

  it("puts the secrets where their owners do see them, so the leak checks can fail", async () => {
    const read = async (route: string, actor: Actor, params: Record<string, string>) => (await send(`app/api/orgs/[org]/${route}/route.ts`, "GET", actor, { params })).text;
    expect(await read("orders", "owner", { org: fx.orgA })).toContain(SECRET_A2);
    expect(await read("notifications", "owner", { org: fx.orgA })).toContain(SECRET_A2);
    expect(await read("settings/order-defaults", "owner", { org: fx.orgA })).toContain(fx.customerServiceNameA2);
    expect(await read("numbers/[tn]/notes", "owner", { org: fx.orgA, tn: fx.tnA2 })).toContain(SECRET_A2);
    expect(await read("reports/usage.csv", "owner", { org: fx.orgA })).toContain(SECRET_A2);
    expect(await read("orders", "otherOrg", { org: fx.orgB })).toContain(SECRET_B);
  });

  describe("route handlers: every actor gets exactly the rule's answer", () => {
    it.each(ROUTE_CASES.map((row) => [`${row.method} ${row.route} — ${row.request}`, row] as const))("%s", async (_name, row: RouteCase) => {
      const actual = {} as Statuses;
      for (const actor of ACTORS) {
        const { status, text } = await send(row.route, row.method, actor, await row.call(fx));
        actual[actor] = status;
        expectNoLeak(actor, text, `${row.method} ${row.route}`);
      }
      expect(actual).toEqual(expectedOf(row));
    });
  });

  const probes = ROUTE_CASES.flatMap((row) => (row.foreign ?? []).map((probe) => [`${row.method} ${row.route}: ${probe.label}, by ${probe.actor}`, row, probe] as const));

  describe("crafted requests at another sub-account's or organization's data", () => {
    it.each(probes)("%s", async (_name, row, probe) => {
      const { status, text } = await send(row.route, row.method, probe.actor, await probe.call(fx));
      expect(status, probe.why).toBe(probe.status ?? 404);
      if (probe.answerContains) expect(text).toContain(probe.answerContains);
      expectNoLeak(probe.actor, text, `${row.method} ${row.route}`, { namedInRequest: true });
    });

    it("changed nothing of theirs", async () => {
      expect(await testDb.subAccount.findUniqueOrThrow({ where: { id: fx.subB } })).toMatchObject({ name: `Reseller ${SECRET_B}`, suspendedAt: null });
      expect(await testDb.membership.findUnique({ where: { id: fx.memberB } })).toMatchObject({ role: "viewer" });
      expect(await testDb.invitation.findUniqueOrThrow({ where: { id: fx.invitationB } })).toMatchObject({ revokedAt: null });
      expect(await testDb.order.findUniqueOrThrow({ where: { id: fx.orderA2 } })).toMatchObject({ status: "unconfirmed" });
      expect(await testDb.order.findUniqueOrThrow({ where: { id: fx.orderB } })).toMatchObject({ status: "unconfirmed" });
      expect(await testDb.orderNote.count({ where: { orderId: { in: [fx.orderA2, fx.orderB] } } })).toBe(0);
      expect(await testDb.order.count({ where: { type: { in: ["cancel", "change", "install"] }, organization: { slug: fx.orgA } } })).toBe(0);
      expect(await testDb.telephoneNumberNote.count({ where: { telephoneNumber: { tn: { in: [fx.tnA2, fx.tnB] } } } })).toBe(2);
      expect(await testDb.telephoneNumber.count({ where: { organization: { slug: fx.orgA }, tn: fx.tnB } })).toBe(0);
    });
  });

  describe("portal pages: the guard each page calls first gives every actor the rule's answer", () => {
    it.each(PAGE_CASES.map((row) => [`${row.page} → ${row.guard}`, row] as const))("%s", async (_name, row) => {
      const actual: Partial<Statuses> = {};
      for (const actor of ACTORS) {
        if (actor === "signedOut") continue;
        const { status, text } = await pageStatus(row.run, actor);
        actual[actor] = status;
        expectNoLeak(actor, text, row.page);
      }
      const expected: Partial<Statuses> = { ...row.expected };
      delete expected.signedOut;
      expect(actual).toEqual(expected);
    });

    const pageProbes = PAGE_CASES.flatMap((row) => (row.foreign ?? []).map((probe) => [`${row.page}: ${probe.label}, by ${probe.actor}`, probe] as const));
    it.each(pageProbes)("%s", async (_name, probe) => {
      const { status, text } = await pageStatus(probe.run, probe.actor as Exclude<Actor, "signedOut">);
      expect(status).toBe(404);
      expectNoLeak(probe.actor, text, probe.label, { namedInRequest: true });
    });
  });
});
