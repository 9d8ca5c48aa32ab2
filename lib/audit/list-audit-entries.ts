import "server-only";
import { db } from "@/lib/db/client";
import { newestFirstBatches } from "@/lib/db/newest-first-batches";
import type { Prisma } from "@/lib/db/generated/client";
import type { OrderType } from "@/lib/db/generated/enums";
import { assertRole, assertStaff } from "@/lib/tenancy/require-membership";
import type { Tenant } from "@/lib/tenancy/tenant";
import { AUDIT_ACTIONS, auditActionLabel, CATEGORY_PREFIXES, isAuditCategory, type AuditCategory } from "./audit-actions";
import { SECRET_CHANGED, SECRET_FIELDS } from "./audit-change";
import { AuditQuerySchema, type ParsedAuditQuery } from "./audit-query-schema";
import { describeChanges, type FieldChange } from "./describe-changes";

export interface AuditTarget {
  kind: "order" | "notification" | "sub_account" | "user" | "organization" | "other";
  id: string;
  /** In words: "Install VO-123", "Reseller Acme", the organization's name. */
  label: string;
  /** Extra words for the order kind: its type. */
  orderType?: OrderType;
}

export interface AuditEntryRow {
  id: string;
  createdAt: Date;
  action: string;
  actionLabel: string;
  actor: { name: string; email: string } | null;
  target: AuditTarget | null;
  changes: FieldChange[];
  ipAddress: string | null;
}

export interface AuditPage {
  entries: AuditEntryRow[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
}

const ENTRY_ROW = {
  id: true,
  createdAt: true,
  action: true,
  targetType: true,
  targetId: true,
  before: true,
  after: true,
  ipAddress: true,
  actor: { select: { name: true, email: true } },
} as const;
type StoredEntry = Prisma.AuditLogGetPayload<{ select: typeof ENTRY_ROW }>;

/**
 * One page of the organization's audit trail, newest first, for its admins and owners: a
 * reseller's user gets "not found" and staff below admin are refused. Sign-ins belong to
 * no organization, so the trail also holds the sign-ins (and failed ones) of the
 * organization's members, never those of anyone else.
 */
export async function listAuditEntries(tenant: Tenant, input: unknown): Promise<AuditPage> {
  authorize(tenant);
  const query = AuditQuerySchema.parse(input);
  const where = await auditWhere(tenant, query);
  const [total, rows] = await Promise.all([
    db().auditLog.count({ where }),
    db().auditLog.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      select: ENTRY_ROW,
    }),
  ]);
  return {
    entries: await toRows(tenant, rows),
    total,
    page: query.page,
    pageSize: query.pageSize,
    pageCount: Math.max(1, Math.ceil(total / query.pageSize)),
  };
}

/**
 * Every entry the filters match, newest first, in batches walked by (createdAt, id): for
 * the CSV. Authorizes and reads the filters before it returns, so a refusal is an error
 * answer rather than a broken download.
 */
export async function listEveryAuditEntry(
  tenant: Tenant,
  input: unknown,
  options: { batchSize?: number; maxRows?: number } = {},
): Promise<AsyncIterable<AuditEntryRow[]>> {
  authorize(tenant);
  const where = await auditWhere(tenant, AuditQuerySchema.parse(input));
  return newestFirstBatches(
    (olderThan, take): Promise<StoredEntry[]> =>
      db().auditLog.findMany({ where: olderThan ? { AND: [where, olderThan] } : where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take, select: ENTRY_ROW }),
    (rows) => toRows(tenant, rows),
    { batchSize: options.batchSize ?? 500, maxRows: options.maxRows ?? 100_000 },
  );
}

function authorize(tenant: Tenant) {
  assertStaff(tenant);
  assertRole(tenant, "admin");
}

async function auditWhere(tenant: Tenant, query: ParsedAuditQuery): Promise<Prisma.AuditLogWhereInput> {
  const and: Prisma.AuditLogWhereInput[] = [
    {
      OR: [
        { organizationId: tenant.organizationId },
        {
          organizationId: null,
          action: { startsWith: "auth." },
          actor: { memberships: { some: { organizationId: tenant.organizationId } } },
        },
      ],
    },
  ];
  if (query.actor !== undefined) and.push({ actor: { email: { contains: query.actor, mode: "insensitive" } } });
  if (query.action !== undefined) and.push(actionWhere(query.action));
  if (query.target !== undefined) and.push(await targetWhere(tenant, query.target));
  if (query.address !== undefined) and.push({ ipAddress: { startsWith: query.address } });
  if (query.from !== undefined || query.to !== undefined) {
    and.push({
      createdAt: {
        ...(query.from !== undefined && { gte: new Date(`${query.from}T00:00:00Z`) }),
        ...(query.to !== undefined && { lt: new Date(Date.parse(`${query.to}T00:00:00Z`) + 86_400_000) }),
      },
    });
  }
  return { AND: and };
}

function actionWhere(action: string): Prisma.AuditLogWhereInput {
  if (isAuditCategory(action)) return categoryWhere(action);
  // A known action is matched exactly ("auth.sign_in" is not "auth.sign_in_failed"); anything else is a prefix.
  return action in AUDIT_ACTIONS ? { action } : { action: { startsWith: action } };
}

function categoryWhere(category: AuditCategory): Prisma.AuditLogWhereInput {
  if (category === "credentials") {
    return { OR: [...SECRET_FIELDS].map((field) => ({ after: { path: [field], equals: SECRET_CHANGED } })) };
  }
  return { OR: CATEGORY_PREFIXES[category].map((prefix) => ({ action: { startsWith: prefix } })) };
}

/** An id the entry names, or an order's voice or external order ID, resolved within the organization. */
async function targetWhere(tenant: Tenant, target: string): Promise<Prisma.AuditLogWhereInput> {
  const orders = await db().order.findMany({
    where: { organizationId: tenant.organizationId, OR: [{ voiceOrderId: target }, { externalOrderId: target }] },
    select: { id: true },
  });
  return {
    OR: [{ targetId: target }, ...(orders.length > 0 ? [{ targetType: "Order", targetId: { in: orders.map((order) => order.id) } }] : [])],
  };
}

/** Names each entry's target in words, with one query per kind of target on the page. */
async function toRows(tenant: Tenant, rows: StoredEntry[]): Promise<AuditEntryRow[]> {
  const idsOf = (type: string) => [...new Set(rows.filter((row) => row.targetType === type && row.targetId).map((row) => row.targetId!))];
  const organizationId = tenant.organizationId;
  const [orders, notifications, subAccounts, users, organization] = await Promise.all([
    db().order.findMany({ where: { organizationId, id: { in: idsOf("Order") } }, select: { id: true, type: true, voiceOrderId: true, externalOrderId: true } }),
    db().notification.findMany({ where: { organizationId, id: { in: idsOf("Notification") } }, select: { id: true, notificationCode: true } }),
    db().subAccount.findMany({ where: { organizationId, id: { in: idsOf("SubAccount") } }, select: { id: true, name: true } }),
    db().user.findMany({ where: { id: { in: idsOf("User") }, memberships: { some: { organizationId } } }, select: { id: true, name: true, email: true } }),
    db().organization.findUniqueOrThrow({ where: { id: organizationId }, select: { name: true } }),
  ]);
  const order = new Map(orders.map((row) => [row.id, row]));
  const notification = new Map(notifications.map((row) => [row.id, row]));
  const subAccount = new Map(subAccounts.map((row) => [row.id, row]));
  const user = new Map(users.map((row) => [row.id, row]));

  const targetOf = (row: StoredEntry): AuditTarget | null => {
    const id = row.targetId;
    if (!row.targetType || !id) return null;
    const known = (() => {
      switch (row.targetType) {
        case "Order": {
          const o = order.get(id);
          return o && { kind: "order" as const, id, label: o.voiceOrderId ?? o.externalOrderId, orderType: o.type };
        }
        case "Notification": {
          const n = notification.get(id);
          return n && { kind: "notification" as const, id, label: n.notificationCode === null ? "Unreadable notification" : `Notification ${n.notificationCode}` };
        }
        case "SubAccount": {
          const s = subAccount.get(id);
          return s && { kind: "sub_account" as const, id, label: `Sub-account ${s.name}` };
        }
        case "User": {
          const u = user.get(id);
          return u && { kind: "user" as const, id, label: u.name ? `${u.name} (${u.email})` : u.email };
        }
        case "Organization":
          return id === organizationId ? { kind: "organization" as const, id, label: organization.name } : undefined;
      }
    })();
    return known ?? { kind: "other", id, label: `${row.targetType} ${id}` };
  };

  return rows.map((row) => ({
    id: row.id,
    createdAt: row.createdAt,
    action: row.action,
    actionLabel: auditActionLabel(row.action),
    actor: row.actor,
    target: targetOf(row),
    changes: describeChanges(row.before, row.after),
    ipAddress: row.ipAddress,
  }));
}
