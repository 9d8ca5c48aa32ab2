import { VALID_LI_INSTALL } from "@/components/install/install-form-cases";
import { planInstall } from "@/components/install/install-wizard-schema";
import { roleAtLeast, type Role } from "./roles";

// Who may reach what, as the product promises it: viewers read, operators order, admins
// manage settings, people, sub-accounts and the audit trail, owners additionally manage
// owners. A reseller sub-account's users see only their slice and no organization-wide
// administration at all (404, as for something that does not exist); a member of another
// organization gets 404 for everything here. The expected statuses below are written from
// those rules (`gate`), never read off the code; where the code answers otherwise the row
// says so in `deviation`, with the finding, and the test holds the code to that answer
// until the finding is settled.

export const ACTORS = ["signedOut", "owner", "admin", "operator", "viewer", "resellerOperator", "resellerViewer", "otherOrg"] as const;
export type Actor = (typeof ACTORS)[number];
export type Statuses = Record<Actor, number>;

export const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type Method = (typeof METHODS)[number];

/** The ids a request names, made by the test: A1 is the reseller actors' own sub-account, A2 another one of the same organization, B another organization. */
export interface MatrixFixture {
  orgA: string;
  orgB: string;
  subA1: string;
  subA2: string;
  subB: string;
  orderA1: string;
  orderA2: string;
  orderB: string;
  notificationA1: string;
  notificationA2: string;
  notificationB: string;
  tnA1: string;
  tnA2: string;
  tnB: string;
  customerServiceNameA2: string;
  invitationB: string;
  memberB: string;
  /** A fresh open invitation in organization A, for a request that may revoke it. */
  newInvitationA(): Promise<string>;
  /** A fresh membership in organization A (a viewer unless said), for a request that may change or remove it. */
  newMemberA(role?: Role): Promise<string>;
  /** A fresh open invitation to be an owner of organization A. */
  newOwnerInvitationA(): Promise<string>;
  /** An address nobody has used, for an invitation that may be sent. */
  newEmail(): string;
  idempotencyKey(): string;
}

export interface MatrixCall {
  params: Record<string, string>;
  search?: string;
  json?: unknown;
  body?: string;
  headers?: Record<string, string>;
}

/** A crafted request at someone else's data: made by the actor named, it must get 404 (or `status`) and reveal nothing. */
export interface ForeignProbe {
  label: string;
  actor: Actor;
  call: (fx: MatrixFixture) => MatrixCall | Promise<MatrixCall>;
  status?: number;
  why?: string;
  /** Words the answer must carry, where the status alone could come from another check. */
  answerContains?: string;
}

export interface RouteCase {
  route: string;
  method: Method;
  /** Which request this row makes, and why it is harmless. */
  request: string;
  call: (fx: MatrixFixture) => MatrixCall | Promise<MatrixCall>;
  expected: Statuses;
  deviation?: { actual: Partial<Statuses>; finding: string };
  foreign?: ForeignProbe[];
}

interface Gate {
  /** The weakest role that may do this. */
  min: Role;
  /** "slice": a reseller's users too, limited to their own rows; "staff": the partner's own staff only. */
  who: "slice" | "staff";
  /** The status once the actor is through every gate (422: the body is invalid on purpose). */
  ok: number;
}

/** The statuses the product rules give each actor for one request. */
export function gate({ min, who, ok }: Gate): Statuses {
  const staff = (role: Role) => (roleAtLeast(role, min) ? ok : 403);
  const reseller = (role: Role) => (who === "staff" ? 404 : staff(role));
  return {
    signedOut: 401,
    owner: staff("owner"),
    admin: staff("admin"),
    operator: staff("operator"),
    viewer: staff("viewer"),
    resellerOperator: reseller("operator"),
    resellerViewer: reseller("viewer"),
    otherOrg: 404,
  };
}

/** Routes about the signed-in person, not an organization: every signed-in actor gets the same answer. */
function account(signedOut: number, signedIn: number): Statuses {
  return { signedOut, owner: signedIn, admin: signedIn, operator: signedIn, viewer: signedIn, resellerOperator: signedIn, resellerViewer: signedIn, otherOrg: signedIn };
}

const everyone = (status: number): Statuses => account(status, status);

// withTenant("admin") or ("operator") turns a reseller's user away on the role before the
// data function can say "not found"; it reveals nothing, but the rule says 404.
const ROLE_GATE_FIRST =
  "A reseller's user gets 403 (the route's withTenant role gate answers before the data function's staff check); the rule is 404, as on the people and sub-account routes.";
const resellersForbidden = { resellerOperator: 403, resellerViewer: 403 };

const invalid = {} as const;
const org = (fx: MatrixFixture) => ({ org: fx.orgA });
const validNote = { body: "Matrix probe note", visibility: "shared" } as const;

export const ROUTE_CASES: readonly RouteCase[] = [
  // ── Account: the signed-in person's own, no organization in the URL ──
  {
    route: "app/api/account/password/route.ts",
    method: "POST",
    request: "change password with an empty body: stops at validation",
    call: () => ({ params: {}, json: invalid }),
    expected: account(401, 422),
  },
  {
    route: "app/api/account/totp/enroll/route.ts",
    method: "POST",
    request: "start enrolment: a new secret, not enabled until confirmed",
    call: () => ({ params: {} }),
    expected: account(401, 200),
    deviation: {
      actual: { resellerOperator: 403, resellerViewer: 403 },
      finding: "A reseller's user cannot turn on one-time codes (startTotpEnrollment: offered to the partner's own staff only); no documented rule says so.",
    },
  },
  {
    route: "app/api/account/totp/confirm/route.ts",
    method: "POST",
    request: "confirm with no code: stops at validation",
    call: () => ({ params: {}, json: invalid }),
    expected: account(401, 422),
  },
  {
    route: "app/api/account/totp/disable/route.ts",
    method: "POST",
    request: "disable with no password or code: stops at validation",
    call: () => ({ params: {}, json: invalid }),
    expected: account(401, 422),
  },
  {
    route: "app/api/account/password-reset/route.ts",
    method: "POST",
    request: "forgot password without an e-mail: stops at validation (open to the signed out by design)",
    call: () => ({ params: {}, json: invalid }),
    expected: everyone(422),
  },
  {
    route: "app/api/account/password-reset/[token]/route.ts",
    method: "POST",
    request: "a made-up reset link with an empty body (open to the signed out by design)",
    call: () => ({ params: { token: "no-such-token-0000000000000000" }, json: invalid }),
    expected: everyone(422),
  },
  {
    route: "app/api/account/invitations/[token]/route.ts",
    method: "POST",
    request: "accept a made-up invitation: unknown to everyone",
    call: () => ({ params: { token: "no-such-token-0000000000000000" }, json: invalid }),
    expected: account(422, 404),
  },

  // ── Public by design: machine-to-machine, a session cookie must grant nothing ──
  {
    route: "app/api/webhook-token/route.ts",
    method: "POST",
    request: "a token request without client credentials: a session cookie is no credential",
    call: () => ({ params: {}, body: "grant_type=client_credentials", headers: { "content-type": "application/x-www-form-urlencoded" } }),
    expected: everyone(401),
  },
  {
    route: "app/voice/notifications/route.ts",
    method: "PUT",
    request: "a notification without Lumen's credentials: a session cookie is no credential",
    call: () => ({ params: {}, body: "<PartnerNotification/>", headers: { "content-type": "application/xml" } }),
    expected: everyone(401),
  },

  // ── The organization's own view: every role reads, a reseller its slice ──
  { route: "app/api/orgs/[org]/dashboard/route.ts", method: "GET", request: "the dashboard", call: (fx) => ({ params: org(fx) }), expected: gate({ min: "viewer", who: "slice", ok: 200 }) },
  { route: "app/api/orgs/[org]/alerts/route.ts", method: "GET", request: "my own alert choices", call: (fx) => ({ params: org(fx) }), expected: gate({ min: "viewer", who: "slice", ok: 200 }) },
  {
    route: "app/api/orgs/[org]/alerts/route.ts",
    method: "PUT",
    request: "my own alert choices, empty body: stops at validation",
    call: (fx) => ({ params: org(fx), json: invalid }),
    expected: gate({ min: "viewer", who: "slice", ok: 422 }),
  },
  { route: "app/api/orgs/[org]/notifications/route.ts", method: "GET", request: "the notifications list", call: (fx) => ({ params: org(fx) }), expected: gate({ min: "viewer", who: "slice", ok: 200 }) },
  {
    route: "app/api/orgs/[org]/notifications/[id]/route.ts",
    method: "GET",
    request: "one notification of sub-account A1",
    call: (fx) => ({ params: { org: fx.orgA, id: fx.notificationA1 } }),
    expected: gate({ min: "viewer", who: "slice", ok: 200 }),
    foreign: [
      { label: "sub-account A2's notification", actor: "resellerOperator", call: (fx) => ({ params: { org: fx.orgA, id: fx.notificationA2 } }) },
      { label: "organization B's notification", actor: "owner", call: (fx) => ({ params: { org: fx.orgA, id: fx.notificationB } }) },
    ],
  },
  {
    route: "app/api/orgs/[org]/notifications/[id]/replay/route.ts",
    method: "POST",
    request: "replay a malformed notification of A1: ingestion leaves it as it is",
    call: (fx) => ({ params: { org: fx.orgA, id: fx.notificationA1 } }),
    expected: gate({ min: "admin", who: "staff", ok: 200 }),
    deviation: { actual: resellersForbidden, finding: ROLE_GATE_FIRST },
    foreign: [{ label: "organization B's notification", actor: "owner", call: (fx) => ({ params: { org: fx.orgA, id: fx.notificationB } }) }],
  },
  { route: "app/api/orgs/[org]/orders/route.ts", method: "GET", request: "the order history", call: (fx) => ({ params: org(fx) }), expected: gate({ min: "viewer", who: "slice", ok: 200 }) },
  { route: "app/api/orgs/[org]/orders.csv/route.ts", method: "GET", request: "the order history as a CSV", call: (fx) => ({ params: org(fx) }), expected: gate({ min: "viewer", who: "slice", ok: 200 }) },
  {
    route: "app/api/orgs/[org]/orders/route.ts",
    method: "POST",
    request: "an order with an empty body: stops at validation",
    call: (fx) => ({ params: org(fx), json: invalid }),
    expected: gate({ min: "operator", who: "slice", ok: 422 }),
    foreign: [
      {
        label: "cancel sub-account A2's order",
        actor: "resellerOperator",
        call: (fx) => ({ params: org(fx), json: { type: "cancel", idempotencyKey: fx.idempotencyKey(), orderId: fx.orderA2 } }),
      },
      {
        label: "cancel organization B's order",
        actor: "owner",
        call: (fx) => ({ params: org(fx), json: { type: "cancel", idempotencyKey: fx.idempotencyKey(), orderId: fx.orderB } }),
      },
      {
        label: "change a number of sub-account A2",
        actor: "resellerOperator",
        call: (fx) => ({
          params: org(fx),
          json: { type: "change", idempotencyKey: fx.idempotencyKey(), request: { productID: "2036", tnList: [fx.tnA2], customerType: "R", firstName: "Ada", lastName: "Byron" } },
        }),
      },
      {
        label: "install with sub-account A2's customer service name",
        actor: "resellerOperator",
        status: 403,
        why: "a reseller orders only with its own customer service names",
        answerContains: "may order only with its own customer service names",
        call: (fx) => ({
          params: org(fx),
          json: {
            type: "install",
            idempotencyKey: fx.idempotencyKey(),
            request: planInstall({ ...VALID_LI_INSTALL, tnText: fx.tnA1, customerServiceName: fx.customerServiceNameA2 }).requests[0],
          },
        }),
      },
    ],
  },
  {
    route: "app/api/orgs/[org]/orders/[id]/route.ts",
    method: "GET",
    request: "one order of sub-account A1",
    call: (fx) => ({ params: { org: fx.orgA, id: fx.orderA1 } }),
    expected: gate({ min: "viewer", who: "slice", ok: 200 }),
    foreign: [
      { label: "sub-account A2's order", actor: "resellerOperator", call: (fx) => ({ params: { org: fx.orgA, id: fx.orderA2 } }) },
      { label: "organization B's order", actor: "owner", call: (fx) => ({ params: { org: fx.orgA, id: fx.orderB } }) },
    ],
  },
  {
    route: "app/api/orgs/[org]/orders/[id]/place-again/route.ts",
    method: "POST",
    // Before the refresh row below, which finds the order missing at Lumen and fails it.
    request: "place again an A1 order whose answer was lost: refused by the order's table of actions until Lumen is asked",
    call: (fx) => ({ params: { org: fx.orgA, id: fx.orderA1 } }),
    expected: gate({ min: "operator", who: "slice", ok: 409 }),
    foreign: [
      { label: "sub-account A2's order", actor: "resellerOperator", call: (fx) => ({ params: { org: fx.orgA, id: fx.orderA2 } }) },
      { label: "organization B's order", actor: "owner", call: (fx) => ({ params: { org: fx.orgA, id: fx.orderB } }) },
    ],
  },
  {
    route: "app/api/orgs/[org]/orders/[id]/refresh/route.ts",
    method: "POST",
    request: "check with Lumen an A1 order whose answer was lost: the sandbox is asked by our external id",
    call: (fx) => ({ params: { org: fx.orgA, id: fx.orderA1 } }),
    expected: gate({ min: "viewer", who: "slice", ok: 200 }),
    foreign: [
      { label: "sub-account A2's order", actor: "resellerOperator", call: (fx) => ({ params: { org: fx.orgA, id: fx.orderA2 } }) },
      { label: "organization B's order", actor: "owner", call: (fx) => ({ params: { org: fx.orgA, id: fx.orderB } }) },
    ],
  },
  {
    route: "app/api/orgs/[org]/orders/[id]/notes/route.ts",
    method: "GET",
    request: "the notes on an A1 order",
    call: (fx) => ({ params: { org: fx.orgA, id: fx.orderA1 } }),
    expected: gate({ min: "viewer", who: "slice", ok: 200 }),
    foreign: [
      { label: "sub-account A2's order", actor: "resellerOperator", call: (fx) => ({ params: { org: fx.orgA, id: fx.orderA2 } }) },
      { label: "organization B's order", actor: "owner", call: (fx) => ({ params: { org: fx.orgA, id: fx.orderB } }) },
    ],
  },
  {
    route: "app/api/orgs/[org]/orders/[id]/notes/route.ts",
    method: "POST",
    request: "a note on an A1 order with an empty body: stops at validation",
    call: (fx) => ({ params: { org: fx.orgA, id: fx.orderA1 }, json: invalid }),
    expected: gate({ min: "operator", who: "slice", ok: 422 }),
    foreign: [
      { label: "a note on sub-account A2's order", actor: "resellerOperator", call: (fx) => ({ params: { org: fx.orgA, id: fx.orderA2 }, json: validNote }) },
      { label: "a note on organization B's order", actor: "owner", call: (fx) => ({ params: { org: fx.orgA, id: fx.orderB }, json: validNote }) },
    ],
  },
  {
    route: "app/api/orgs/[org]/numbers/[tn]/notes/route.ts",
    method: "GET",
    request: "the notes on an A1 number",
    call: (fx) => ({ params: { org: fx.orgA, tn: fx.tnA1 } }),
    expected: gate({ min: "viewer", who: "slice", ok: 200 }),
    foreign: [
      { label: "sub-account A2's number", actor: "resellerOperator", call: (fx) => ({ params: { org: fx.orgA, tn: fx.tnA2 } }) },
      {
        label: "organization B's number",
        actor: "owner",
        status: 200,
        why: "a number is not organization A's record until it orders it: staff get A's notes on it (none), never B's",
        call: (fx) => ({ params: { org: fx.orgA, tn: fx.tnB } }),
      },
    ],
  },
  {
    route: "app/api/orgs/[org]/numbers/[tn]/notes/route.ts",
    method: "POST",
    request: "a note on an A1 number with an empty body: stops at validation",
    call: (fx) => ({ params: { org: fx.orgA, tn: fx.tnA1 }, json: invalid }),
    expected: gate({ min: "operator", who: "slice", ok: 422 }),
    foreign: [
      { label: "a note on sub-account A2's number", actor: "resellerOperator", call: (fx) => ({ params: { org: fx.orgA, tn: fx.tnA2 }, json: validNote }) },
      { label: "a note on organization B's number (Lumen does not know it for A)", actor: "owner", call: (fx) => ({ params: { org: fx.orgA, tn: fx.tnB }, json: validNote }) },
    ],
  },
  {
    route: "app/api/orgs/[org]/numbers/active.csv/route.ts",
    method: "GET",
    request: "the active numbers CSV (Lumen's inventory report, from the sandbox)",
    call: (fx) => ({ params: org(fx) }),
    expected: gate({ min: "viewer", who: "slice", ok: 200 }),
  },
  {
    route: "app/api/orgs/[org]/numbers/reserved.csv/route.ts",
    method: "GET",
    request: "the reserved numbers CSV (Lumen's reserved inventory, from the sandbox)",
    call: (fx) => ({ params: org(fx) }),
    expected: gate({ min: "viewer", who: "slice", ok: 200 }),
  },
  {
    route: "app/api/orgs/[org]/numbers/summary/route.ts",
    method: "POST",
    request: "a disconnect summary of no numbers: stops at validation",
    call: (fx) => ({ params: org(fx), json: invalid }),
    expected: gate({ min: "viewer", who: "slice", ok: 422 }),
  },
  {
    route: "app/api/orgs/[org]/orders/open-backorders/route.ts",
    method: "POST",
    request: "the open backorders of no rate centers: stops at validation",
    call: (fx) => ({ params: org(fx), json: invalid }),
    expected: gate({ min: "viewer", who: "slice", ok: 422 }),
  },
  {
    route: "app/api/orgs/[org]/numbers/in-flight/route.ts",
    method: "POST",
    request: "the orders in flight on no numbers: stops at validation",
    call: (fx) => ({ params: org(fx), json: invalid }),
    expected: gate({ min: "viewer", who: "slice", ok: 422 }),
  },
  {
    route: "app/api/orgs/[org]/numbers/move/route.ts",
    method: "POST",
    request: "move numbers with an empty body: stops at validation",
    call: (fx) => ({ params: org(fx), json: invalid }),
    expected: gate({ min: "operator", who: "staff", ok: 422 }),
    deviation: { actual: { resellerViewer: 403 }, finding: ROLE_GATE_FIRST },
  },
  {
    route: "app/api/orgs/[org]/reports/usage.csv/route.ts",
    method: "GET",
    request: "this month's usage CSV",
    call: (fx) => ({ params: org(fx) }),
    expected: gate({ min: "viewer", who: "slice", ok: 200 }),
  },
  {
    route: "app/api/orgs/[org]/lumen/[read]/route.ts",
    method: "GET",
    request: "rate centers at Lumen (the sandbox)",
    call: (fx) => ({ params: { org: fx.orgA, read: "rate-centers" }, search: "productID=2036&state=CO&pageNumber=1&pageSize=1" }),
    expected: gate({ min: "viewer", who: "slice", ok: 200 }),
  },
  {
    route: "app/api/orgs/[org]/lumen/[read]/route.ts",
    method: "GET",
    request: "an order's status at Lumen by a malformed voice order ID: staff only (it names any order of the customer), then stops at validation",
    call: (fx) => ({ params: { org: fx.orgA, read: "order-status" }, search: "voiceOrderId=NO-SUCH-ORDER" }),
    expected: gate({ min: "viewer", who: "staff", ok: 422 }),
  },
  {
    route: "app/api/orgs/[org]/lumen/[read]/route.ts",
    method: "GET",
    request: "reserved inventory at Lumen (the sandbox): a reseller gets only its own numbers",
    call: (fx) => ({ params: { org: fx.orgA, read: "reserved-inventory" }, search: "pageNumber=1&pageSize=10" }),
    expected: gate({ min: "viewer", who: "slice", ok: 200 }),
  },
  {
    route: "app/api/orgs/[org]/lumen/[read]/route.ts",
    method: "GET",
    request: "Lumen's notifications list (the sandbox): staff only, it covers every order of the customer",
    call: (fx) => ({ params: { org: fx.orgA, read: "notifications" } }),
    expected: gate({ min: "viewer", who: "staff", ok: 200 }),
  },
  {
    route: "app/api/orgs/[org]/lumen/[read]/route.ts",
    method: "GET",
    request: "a look-up that does not exist: not found for every member",
    call: (fx) => ({ params: { org: fx.orgA, read: "no-such-read" } }),
    expected: gate({ min: "viewer", who: "slice", ok: 404 }),
  },
  {
    route: "app/api/orgs/[org]/lumen/[read]/route.ts",
    method: "POST",
    request: "portability of one number at Lumen (the sandbox)",
    call: (fx) => ({ params: { org: fx.orgA, read: "portability" }, json: { tnList: ["7205550100"] } }),
    expected: gate({ min: "viewer", who: "slice", ok: 200 }),
  },
  {
    route: "app/api/orgs/[org]/settings/order-defaults/route.ts",
    method: "GET",
    request: "what my order forms start with (a reseller: its own names)",
    call: (fx) => ({ params: org(fx) }),
    expected: gate({ min: "viewer", who: "slice", ok: 200 }),
  },
  {
    route: "app/api/orgs/[org]/settings/order-defaults/route.ts",
    method: "PUT",
    request: "order defaults with an empty body: stops at validation",
    call: (fx) => ({ params: org(fx), json: invalid }),
    expected: gate({ min: "admin", who: "staff", ok: 422 }),
    deviation: { actual: resellersForbidden, finding: ROLE_GATE_FIRST },
  },

  // ── Organization-wide administration: the partner's staff only ──
  { route: "app/api/orgs/[org]/settings/route.ts", method: "GET", request: "the organization's settings", call: (fx) => ({ params: org(fx) }), expected: gate({ min: "viewer", who: "staff", ok: 200 }) },
  {
    route: "app/api/orgs/[org]/settings/route.ts",
    method: "PATCH",
    request: "settings with an empty body: stops at validation",
    call: (fx) => ({ params: org(fx), json: invalid }),
    expected: gate({ min: "admin", who: "staff", ok: 422 }),
    deviation: { actual: resellersForbidden, finding: ROLE_GATE_FIRST },
  },
  {
    route: "app/api/orgs/[org]/settings/notifications/route.ts",
    method: "PATCH",
    request: "notification settings with an empty body: stops at validation",
    call: (fx) => ({ params: org(fx), json: invalid }),
    expected: gate({ min: "admin", who: "staff", ok: 422 }),
    deviation: { actual: resellersForbidden, finding: ROLE_GATE_FIRST },
  },
  {
    route: "app/api/orgs/[org]/settings/test-connection/route.ts",
    method: "POST",
    request: "test the stored credentials against the sandbox: a token and one rate center",
    call: (fx) => ({ params: org(fx) }),
    expected: gate({ min: "admin", who: "staff", ok: 200 }),
    deviation: { actual: resellersForbidden, finding: ROLE_GATE_FIRST },
  },
  {
    route: "app/api/orgs/[org]/audit.csv/route.ts",
    method: "GET",
    request: "the audit trail CSV",
    call: (fx) => ({ params: org(fx) }),
    expected: gate({ min: "admin", who: "staff", ok: 200 }),
  },
  {
    route: "app/api/orgs/[org]/members/route.ts",
    method: "GET",
    request: "the members list",
    call: (fx) => ({ params: org(fx) }),
    expected: gate({ min: "viewer", who: "staff", ok: 200 }),
    deviation: {
      actual: { resellerOperator: 200, resellerViewer: 200 },
      finding: "GET /members answers a reseller's user with its own sub-account's users (listMembers), while the People page and GET /people answer 404.",
    },
  },
  { route: "app/api/orgs/[org]/people/route.ts", method: "GET", request: "people and open invitations", call: (fx) => ({ params: org(fx) }), expected: gate({ min: "viewer", who: "staff", ok: 200 }) },
  {
    route: "app/api/orgs/[org]/people/invitations/route.ts",
    method: "POST",
    request: "an invitation with an empty body: stops at validation",
    call: (fx) => ({ params: org(fx), json: invalid }),
    expected: gate({ min: "admin", who: "staff", ok: 422 }),
  },
  {
    route: "app/api/orgs/[org]/people/invitations/route.ts",
    method: "POST",
    request: "invite an owner: only an owner makes an owner",
    call: (fx) => ({ params: org(fx), json: { email: fx.newEmail(), role: "owner" } }),
    expected: gate({ min: "owner", who: "staff", ok: 201 }),
  },
  {
    route: "app/api/orgs/[org]/people/invitations/[id]/route.ts",
    method: "DELETE",
    request: "revoke a fresh invitation to be an owner: only an owner",
    call: async (fx) => ({ params: { org: fx.orgA, id: await fx.newOwnerInvitationA() } }),
    expected: gate({ min: "owner", who: "staff", ok: 200 }),
  },
  {
    route: "app/api/orgs/[org]/people/invitations/[id]/route.ts",
    method: "DELETE",
    request: "revoke a fresh invitation made for this request",
    call: async (fx) => ({ params: { org: fx.orgA, id: await fx.newInvitationA() } }),
    expected: gate({ min: "admin", who: "staff", ok: 200 }),
    foreign: [{ label: "organization B's invitation", actor: "owner", call: (fx) => ({ params: { org: fx.orgA, id: fx.invitationB } }) }],
  },
  {
    route: "app/api/orgs/[org]/people/members/[id]/route.ts",
    method: "PATCH",
    request: "a member's role with an empty body: stops at validation",
    call: async (fx) => ({ params: { org: fx.orgA, id: await fx.newMemberA() }, json: invalid }),
    expected: gate({ min: "admin", who: "staff", ok: 422 }),
    foreign: [{ label: "organization B's member", actor: "owner", call: (fx) => ({ params: { org: fx.orgA, id: fx.memberB }, json: { role: "viewer" } }) }],
  },
  {
    route: "app/api/orgs/[org]/people/members/[id]/route.ts",
    method: "PATCH",
    request: "make a fresh viewer an owner: only an owner makes an owner",
    call: async (fx) => ({ params: { org: fx.orgA, id: await fx.newMemberA() }, json: { role: "owner" } }),
    expected: gate({ min: "owner", who: "staff", ok: 200 }),
  },
  {
    route: "app/api/orgs/[org]/people/members/[id]/route.ts",
    method: "PATCH",
    request: "make a fresh owner a viewer (another owner remains): only an owner changes an owner",
    call: async (fx) => ({ params: { org: fx.orgA, id: await fx.newMemberA("owner") }, json: { role: "viewer" } }),
    expected: gate({ min: "owner", who: "staff", ok: 200 }),
  },
  {
    route: "app/api/orgs/[org]/people/members/[id]/route.ts",
    method: "DELETE",
    request: "remove a fresh owner (another owner remains): only an owner removes an owner",
    call: async (fx) => ({ params: { org: fx.orgA, id: await fx.newMemberA("owner") } }),
    expected: gate({ min: "owner", who: "staff", ok: 200 }),
  },
  {
    route: "app/api/orgs/[org]/people/members/[id]/route.ts",
    method: "DELETE",
    request: "remove a fresh viewer made for this request",
    call: async (fx) => ({ params: { org: fx.orgA, id: await fx.newMemberA() } }),
    expected: gate({ min: "admin", who: "staff", ok: 200 }),
    foreign: [{ label: "organization B's member", actor: "owner", call: (fx) => ({ params: { org: fx.orgA, id: fx.memberB } }) }],
  },
  {
    route: "app/api/orgs/[org]/sub-accounts/route.ts",
    method: "GET",
    request: "the sub-accounts",
    call: (fx) => ({ params: org(fx) }),
    expected: gate({ min: "viewer", who: "staff", ok: 200 }),
    deviation: {
      actual: { resellerOperator: 200, resellerViewer: 200 },
      finding: "GET /sub-accounts answers a reseller's user with its own sub-account (listSubAccounts), while the Sub-accounts page answers 404.",
    },
  },
  {
    route: "app/api/orgs/[org]/sub-accounts/route.ts",
    method: "POST",
    request: "a sub-account with an empty body: stops at validation",
    call: (fx) => ({ params: org(fx), json: invalid }),
    expected: gate({ min: "admin", who: "staff", ok: 422 }),
    deviation: { actual: resellersForbidden, finding: ROLE_GATE_FIRST },
  },
  {
    route: "app/api/orgs/[org]/sub-accounts/[id]/route.ts",
    method: "GET",
    request: "sub-account A1",
    call: (fx) => ({ params: { org: fx.orgA, id: fx.subA1 } }),
    expected: gate({ min: "viewer", who: "staff", ok: 200 }),
    deviation: {
      actual: { resellerOperator: 200, resellerViewer: 200 },
      finding: "GET /sub-accounts/[id] answers a reseller's user with its own sub-account (getSubAccountOrThrow), while the sub-account page answers 404.",
    },
    foreign: [
      { label: "sub-account A2", actor: "resellerOperator", call: (fx) => ({ params: { org: fx.orgA, id: fx.subA2 } }) },
      { label: "organization B's sub-account", actor: "owner", call: (fx) => ({ params: { org: fx.orgA, id: fx.subB } }) },
    ],
  },
  {
    route: "app/api/orgs/[org]/sub-accounts/[id]/route.ts",
    method: "PATCH",
    request: "sub-account A1 with an empty change: every field is optional, so nothing changes",
    call: (fx) => ({ params: { org: fx.orgA, id: fx.subA1 }, json: {} }),
    expected: gate({ min: "admin", who: "staff", ok: 200 }),
    foreign: [{ label: "organization B's sub-account", actor: "owner", call: (fx) => ({ params: { org: fx.orgA, id: fx.subB }, json: { name: "Taken over" } }) }],
  },
  {
    route: "app/api/orgs/[org]/sub-accounts/[id]/suspension/route.ts",
    method: "PUT",
    request: "suspend sub-account A1 with an empty body: stops at validation",
    call: (fx) => ({ params: { org: fx.orgA, id: fx.subA1 }, json: invalid }),
    expected: gate({ min: "admin", who: "staff", ok: 422 }),
    foreign: [{ label: "suspend organization B's sub-account", actor: "owner", call: (fx) => ({ params: { org: fx.orgA, id: fx.subB }, json: { suspended: true } }) }],
  },
];

/** Route files with no row, each with the reason it needs none. */
export const PUBLIC_ROUTES: Readonly<Record<string, string>> = {
  "app/api/auth/[...nextauth]/route.ts": "next-auth's own sign-in, sign-out and session endpoints: they create sessions, they do not read organization data.",
};
