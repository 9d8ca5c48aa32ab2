import { listCustomerServiceNames } from "@/app/(portal)/[org]/(streamed)/install/list-customer-service-names";
import { listAuditEntries } from "@/lib/audit/list-audit-entries";
import { getAlertPreferences } from "@/lib/alerts/get-alert-preferences";
import { listOutboxMail } from "@/lib/alerts/list-outbox-mail";
import { getDashboard } from "@/lib/dashboard/get-dashboard";
import { listFocCalendar } from "@/lib/dashboard/list-foc-calendar";
import { getNotificationOrThrow } from "@/lib/notifications/get-notification-or-throw";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { ActiveNumbersQuerySchema } from "@/lib/numbers/active-numbers-query";
import { getNumber } from "@/lib/numbers/get-number";
import { listActiveNumbers } from "@/lib/numbers/list-active-numbers";
import { listReservedNumbers } from "@/lib/numbers/list-reserved-numbers";
import { ReservedNumbersQuerySchema } from "@/lib/numbers/reserved-numbers-query";
import { getOrderOrThrow } from "@/lib/orders/get-order-or-throw";
import { listOrders } from "@/lib/orders/list-orders";
import { listStuckOrders } from "@/lib/orders/stuck-orders";
import { getOrganizationSettings } from "@/lib/organizations/get-organization-settings";
import { listPeople } from "@/lib/people/list-people";
import { UsageQuerySchema } from "@/lib/reports/usage-month";
import { getUsageReport } from "@/lib/reports/usage-report";
import { goToTarget } from "@/lib/search/go-to-target";
import { getSubAccountDetail } from "@/lib/sub-accounts/get-sub-account-detail";
import { listSubAccountOverview } from "@/lib/sub-accounts/list-sub-account-overview";
import { gate, type Actor, type MatrixFixture, type Statuses } from "./access-matrix-cases";
import type { Tenant } from "./tenant";

// Portal pages are server components; what decides who sees one is the first call it
// makes with the tenant. Each row names that call (the test checks the page's source
// really makes it) and runs it for every actor with the tenant the page would get from
// getPageTenant. A page whose only gate is resolving the tenant says `getPortalContext`:
// any member reads it, and what it lets a viewer do is guarded by the route it posts to.

export interface PageCase {
  page: string;
  /** The function the page calls first with the tenant, as written in the page. */
  guard: string;
  run: (tenant: Tenant, fx: MatrixFixture) => Promise<unknown>;
  /** signedOut is not asked: a page redirects the signed out to sign-in before any guard. */
  expected: Statuses;
  foreign?: Array<{ label: string; actor: Actor; run: (tenant: Tenant, fx: MatrixFixture) => Promise<unknown> }>;
}

const slice = gate({ min: "viewer", who: "slice", ok: 200 });
const staff = gate({ min: "viewer", who: "staff", ok: 200 });
const staffAdmins = gate({ min: "admin", who: "staff", ok: 200 });
const resolvedTenant = async () => null;

export const PAGE_CASES: readonly PageCase[] = [
  { page: "app/(portal)/[org]/(streamed)/page.tsx", guard: "getDashboard", run: (t) => getDashboard(t, "7d"), expected: slice },
  { page: "app/(portal)/[org]/(streamed)/alerts/page.tsx", guard: "getAlertPreferences", run: getAlertPreferences, expected: slice },
  { page: "app/(portal)/[org]/(staff)/audit/page.tsx", guard: "listAuditEntries", run: (t) => listAuditEntries(t, {}), expected: staffAdmins },
  { page: "app/(portal)/[org]/(staff)/outbox/page.tsx", guard: "listOutboxMail", run: (t) => listOutboxMail(t, undefined), expected: staffAdmins },
  { page: "app/(portal)/[org]/(staff)/settings/page.tsx", guard: "getOrganizationSettings", run: getOrganizationSettings, expected: staff },
  { page: "app/(portal)/[org]/(staff)/people/page.tsx", guard: "listPeople", run: listPeople, expected: staff },
  { page: "app/(portal)/[org]/(staff)/sub-accounts/page.tsx", guard: "listSubAccountOverview", run: listSubAccountOverview, expected: staff },
  {
    page: "app/(portal)/[org]/sub-accounts/[subAccountId]/page.tsx",
    guard: "getSubAccountDetail",
    run: (t, fx) => getSubAccountDetail(t, fx.subA1),
    expected: staff,
    foreign: [{ label: "organization B's sub-account", actor: "owner", run: (t, fx) => getSubAccountDetail(t, fx.subB) }],
  },
  // Order wizards: every member opens them; a viewer sees the read-only notice, and POST /orders refuses its order.
  { page: "app/(portal)/[org]/(streamed)/install/page.tsx", guard: "listCustomerServiceNames", run: listCustomerServiceNames, expected: slice },
  { page: "app/(portal)/[org]/(streamed)/change/page.tsx", guard: "listCustomerServiceNames", run: listCustomerServiceNames, expected: slice },
  { page: "app/(portal)/[org]/(streamed)/port-in/page.tsx", guard: "listCustomerServiceNames", run: listCustomerServiceNames, expected: slice },
  { page: "app/(portal)/[org]/(streamed)/reserve/page.tsx", guard: "getPortalContext", run: resolvedTenant, expected: slice },
  { page: "app/(portal)/[org]/(streamed)/disconnect/page.tsx", guard: "getPortalContext", run: resolvedTenant, expected: slice },
  { page: "app/(portal)/[org]/(streamed)/orders/page.tsx", guard: "listOrders", run: (t) => listOrders(t, {}), expected: slice },
  { page: "app/(portal)/[org]/(streamed)/orders/stuck/page.tsx", guard: "listStuckOrders", run: (t) => listStuckOrders(t), expected: slice },
  {
    page: "app/(portal)/[org]/orders/[orderId]/page.tsx",
    guard: "getOrderOrThrow",
    run: (t, fx) => getOrderOrThrow(t, fx.orderA1),
    expected: slice,
    foreign: [
      { label: "sub-account A2's order", actor: "resellerOperator", run: (t, fx) => getOrderOrThrow(t, fx.orderA2) },
      { label: "organization B's order", actor: "owner", run: (t, fx) => getOrderOrThrow(t, fx.orderB) },
    ],
  },
  // "Go to" matches only within the tenant's scope (lib/search/go-to-target.test.ts); what it opens is guarded by that page.
  { page: "app/(portal)/[org]/go/page.tsx", guard: "goToTarget", run: (t) => goToTarget(t, t.orgSlug, "VO00000001"), expected: slice },
  { page: "app/(portal)/[org]/(streamed)/notifications/page.tsx", guard: "listNotifications", run: (t) => listNotifications(t, {}), expected: slice },
  {
    page: "app/(portal)/[org]/notifications/[notificationId]/page.tsx",
    guard: "getNotificationOrThrow",
    run: (t, fx) => getNotificationOrThrow(t, fx.notificationA1),
    expected: slice,
    foreign: [
      { label: "sub-account A2's notification", actor: "resellerOperator", run: (t, fx) => getNotificationOrThrow(t, fx.notificationA2) },
      { label: "organization B's notification", actor: "owner", run: (t, fx) => getNotificationOrThrow(t, fx.notificationB) },
    ],
  },
  { page: "app/(portal)/[org]/(streamed)/numbers/page.tsx", guard: "listReservedNumbers", run: (t) => listReservedNumbers(t, ReservedNumbersQuerySchema.parse({})), expected: slice },
  { page: "app/(portal)/[org]/(streamed)/numbers/active/page.tsx", guard: "listActiveNumbers", run: (t) => listActiveNumbers(t, ActiveNumbersQuerySchema.parse({})), expected: slice },
  {
    page: "app/(portal)/[org]/(streamed)/numbers/[tn]/page.tsx",
    guard: "getNumber",
    run: (t, fx) => getNumber(t, fx.tnA1),
    expected: slice,
    foreign: [
      { label: "sub-account A2's number", actor: "resellerOperator", run: (t, fx) => getNumber(t, fx.tnA2) },
      { label: "organization B's number (Lumen does not know it for A)", actor: "owner", run: (t, fx) => getNumber(t, fx.tnB) },
    ],
  },
  { page: "app/(portal)/[org]/(streamed)/ports/calendar/page.tsx", guard: "listFocCalendar", run: (t) => listFocCalendar(t), expected: slice },
  { page: "app/(portal)/[org]/(streamed)/reports/usage/page.tsx", guard: "getUsageReport", run: (t) => getUsageReport(t, UsageQuerySchema.parse({})), expected: slice },
];
