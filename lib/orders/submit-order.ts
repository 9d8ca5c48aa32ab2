import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { querySql } from "@/lib/db/query-sql";
import { LumenError, LumenTransportError, type LumenClient } from "@/lib/lumen/client";
import type { Tenant } from "@/lib/tenancy/tenant";
import { auditInsertSql, recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors/app-error";
import { logger } from "@/lib/log/logger";
import { authorizeSubmission } from "./authorize-submission";
import { findByIdempotencyKey } from "./find-by-idempotency-key";
import { findOrderAtLumen } from "./find-order-at-lumen";
import { lumenClientForOrganization } from "@/lib/organizations/lumen-client-for-organization";
import { makeOrderSubmissionSchema, type OrderSubmission } from "./order-submission-schema";
import { telephoneNumbersOf } from "./order-telephone-numbers";
import type { OrderSummary } from "./order-summary";
import { acceptedOutcome, recordOutcome } from "./record-order-outcome";
import { refreshOrder } from "./refresh-order";
import { redactSecrets } from "@/lib/lumen/redact-secrets";
import { prepareLumenCall, productOf, type PreparedCall } from "./send-to-lumen";

// Write first, then call (ARCHITECTURE.md §7). The order row is committed, status
// `submitting`, before the request leaves; Lumen's answer updates it. A second submission
// with the same idempotency key returns the first order and calls nobody. When Lumen's
// answer is lost (time-out, 504, 503) the engine asks Lumen by externalOrderID whether the
// order arrived before it ever sends it again, so nothing is sent twice or silently lost.

const MAX_SENDS = 2;

export interface SubmitOptions {
  /** For tests: the client to use instead of the organization's own. */
  client?: LumenClient;
  ipAddress?: string | null;
  /** Delay before resending an order Lumen confirmed it does not have. */
  retryDelayMs?: number;
}

export interface SubmitResult {
  orderId: string;
  /** True when this idempotency key had already been used: nothing was sent again. */
  duplicate: boolean;
  /** The order as its outcome left it, when the statement that recorded it could tell (read it otherwise). */
  order: OrderSummary | null;
}

/** Submissions parseOrderSubmission checked, so that submitOrder does not check them again. */
const checked = new WeakSet<object>();

/**
 * Parses what a form sent with the contract's schema (the rules the forms use, with Lumen's
 * codes). `engineKey` is for an order the engine places itself (placing a failed order
 * again): its idempotency key, in a form no browser may send, replaces the form's.
 */
export function parseOrderSubmission(input: unknown, engineKey?: string): OrderSubmission {
  const parsed = makeOrderSubmissionSchema({ now: new Date() }).parse(input);
  const submission = engineKey === undefined ? parsed : { ...parsed, idempotencyKey: engineKey };
  checked.add(submission);
  return submission;
}

export async function submitOrder(tenant: Tenant, input: unknown, options: SubmitOptions = {}): Promise<SubmitResult> {
  const submission = typeof input === "object" && input !== null && checked.has(input) ? (input as OrderSubmission) : parseOrderSubmission(input);
  const numbers = telephoneNumbersOf(submission);
  const { parent } = await authorizeSubmission(tenant, submission, numbers).catch((error: unknown) =>
    auditRefusal(tenant, submission, numbers, error, options.ipAddress ?? null),
  );
  const client = options.client ?? (await lumenClientForOrganization(tenant.organizationId));
  const product = productOf(submission);
  const externalOrderId = `vp-${crypto.randomUUID()}`;
  const call = prepareLumenCall(submission, externalOrderId, parent?.voiceOrderId ?? null);
  const created = await createSubmittingOrder(tenant, submission, {
    externalOrderId,
    parentOrderId: parent?.id ?? null,
    sent: call.sent,
    requestedTns: numbers,
    audit: {
      ...(product && { product }),
      ...(numbers.length > 0 && { telephoneNumbers: numbers.length }),
      ...(parent && { parentOrderId: parent.voiceOrderId ?? parent.id }),
    },
    ipAddress: options.ipAddress ?? null,
  });
  if (!created.created) return { orderId: created.id, duplicate: true, order: null };

  const order = await sendAndRecord(client, created.order, call, numbers, options.retryDelayMs ?? 500);
  if (parent && order && order.status !== "failed" && order.status !== "rejected") await followParent(tenant, client, parent.id);
  return { orderId: created.order.id, duplicate: false, order };
}

/**
 * A follow-up (cancel, supplement, port now, an approval) changes its order at Lumen at
 * once: ask where that order stands, so its page shows the change without waiting for a
 * notification. Part of placing the follow-up, which the audit trail already records, not
 * a "Check with Lumen" of its own; if Lumen does not answer, the notifications will tell.
 */
async function followParent(tenant: Tenant, client: LumenClient, parentId: string): Promise<void> {
  await refreshOrder(tenant, parentId, { client }).catch((error: unknown) => {
    logger.warn({ organizationId: tenant.organizationId, orderId: parentId, error: error instanceof Error ? error.message : String(error) }, "order not followed after its follow-up");
  });
}

/**
 * An order the portal refused before sending (a role, a sub-account's names or limits, an
 * action its order no longer allows) is an order action too: the audit trail shows who
 * tried what and why it was refused. Then the refusal goes on to the caller.
 */
async function auditRefusal(tenant: Tenant, submission: OrderSubmission, numbers: string[], error: unknown, ipAddress: string | null): Promise<never> {
  if (error instanceof AppError) {
    await recordAudit({
      action: `order.refused_${submission.type}`,
      organizationId: tenant.organizationId,
      actorUserId: tenant.userId,
      targetType: "orderId" in submission ? "Order" : undefined,
      targetId: "orderId" in submission ? submission.orderId : undefined,
      after: {
        reason: error.message,
        ...(productOf(submission) && { product: productOf(submission) }),
        ...(numbers.length > 0 && { telephoneNumbers: numbers.length }),
      },
      ipAddress,
    }).catch((auditError: unknown) => logger.error({ err: auditError }, "audit entry for a refused order could not be written"));
  }
  throw error;
}

type SubmittingOrder = {
  id: string;
  organizationId: string;
  subAccountId: string | null;
  type: OrderSubmission["type"];
  productId: string | null;
  externalOrderId: string;
};

/**
 * Inserts the order, its first timeline entry and its audit entry in one statement (one
 * round trip, atomic without a transaction around it). When a request with the same
 * idempotency key got there first, nothing is written (the unique key waits for that one
 * to commit) and its order is the answer.
 */
async function createSubmittingOrder(
  tenant: Tenant,
  submission: OrderSubmission,
  row: {
    externalOrderId: string;
    parentOrderId: string | null;
    sent: Record<string, unknown>;
    requestedTns: string[];
    audit: Record<string, unknown>;
    ipAddress: string | null;
  },
): Promise<{ created: true; order: SubmittingOrder } | { created: false; id: string }> {
  const order: SubmittingOrder = {
    id: `ord_${crypto.randomUUID()}`,
    organizationId: tenant.organizationId,
    subAccountId: tenant.subAccount?.id ?? null,
    type: submission.type,
    productId: productOf(submission),
    externalOrderId: row.externalOrderId,
  };
  const inserted = await querySql<{ id: string }>(Prisma.sql`
    WITH "created" AS (
      INSERT INTO "Order" ("id", "organizationId", "subAccountId", "type", "productId", "status", "idempotencyKey", "batchKey",
        "externalOrderId", "parentOrderId", "request", "requestedTns", "submittedById", "updatedAt")
      VALUES (${order.id}, ${order.organizationId}, ${order.subAccountId}, ${order.type}::"OrderType", ${order.productId}, 'submitting',
        ${submission.idempotencyKey}, ${submission.batchKey ?? null}, ${order.externalOrderId}, ${row.parentOrderId},
        ${JSON.stringify(redactSecrets(row.sent))}::jsonb, ${row.requestedTns}::text[], ${tenant.userId}, now())
      ON CONFLICT ("organizationId", "idempotencyKey") DO NOTHING
      RETURNING "id"),
    "event" AS (
      INSERT INTO "OrderEvent" ("id", "orderId", "kind", "status", "message")
      SELECT ${`oev_${crypto.randomUUID()}`}, "id", 'submitted', 'submitting', 'Recorded; sending to Lumen.' FROM "created"),
    "audited" AS (${auditInsertSql(
      {
        action: `order.submit_${submission.type}`,
        organizationId: tenant.organizationId,
        actorUserId: tenant.userId,
        targetType: "Order",
        targetId: order.id,
        after: row.audit,
        ipAddress: row.ipAddress,
      },
      "created",
    )})
    SELECT "id" FROM "created"`);
  if (inserted.length) return { created: true, order };
  const winner = await findByIdempotencyKey(tenant, submission.idempotencyKey);
  if (!winner) throw new Error("An order with this idempotency key exists but could not be read.");
  return { created: false, id: winner };
}

async function sendAndRecord(client: LumenClient, order: SubmittingOrder, call: PreparedCall, numbers: string[], retryDelayMs: number): Promise<OrderSummary | null> {
  for (let attempt = 1; ; attempt++) {
    try {
      const answer = await call.send(client);
      return await recordOutcome(order, acceptedOutcome(answer, "accepted", `Lumen accepted the order as ${answer.voiceOrderId}.`), numbers);
    } catch (error) {
      if (error instanceof LumenError && !error.mayHaveArrived) {
        return recordOutcome(order, {
          status: "rejected",
          event: "rejected",
          lumenCode: error.code,
          lumenMessage: error.message,
          message: `Lumen refused the order (${error.code}).`,
        });
      }
      if (error instanceof LumenTransportError && !error.mayHaveArrived) {
        return recordOutcome(order, {
          status: "failed",
          event: "failed",
          statusReason: `Lumen could not be reached (${error.kind}); the order was not sent. Nothing was lost: place it again from this order's page when Lumen answers.`,
          message: `Not sent: ${error.kind}.`,
        });
      }
      if (!(error instanceof LumenError || error instanceof LumenTransportError)) throw error;

      // The answer was lost or Lumen was busy: find out whether it took the order first.
      const lookup = await findOrderAtLumen(client, order);
      if (lookup.found) {
        const { status, voiceOrderId } = lookup.status;
        return recordOutcome(
          order,
          acceptedOutcome({ status, voiceOrderId }, "reconciled", `Lumen's answer was lost, but it has the order as ${voiceOrderId}.`),
          numbers,
        );
      }
      const code = error instanceof LumenError ? error.code : null;
      if (lookup.certain && attempt < MAX_SENDS) {
        await recordEvent(order.id, "retried", code, `Lumen does not have the order (${describe(error)}); sending it again.`);
        await sleep(retryDelayMs * (0.5 + Math.random()));
        continue;
      }
      if (lookup.certain) {
        return recordOutcome(order, {
          status: "failed",
          event: "failed",
          lumenCode: code,
          lumenMessage: error instanceof LumenError ? error.message : null,
          statusReason: "Lumen was unavailable and does not have the order. It was not placed: place it again from this order's page later.",
          message: `Not placed after ${attempt} attempts (${describe(error)}).`,
        });
      }
      return recordOutcome(order, {
        status: "unconfirmed",
        event: "failed",
        lumenCode: code,
        statusReason:
          "Lumen did not confirm whether it received this order. It will not be sent again until Lumen has been asked; use Check with Lumen on the order.",
        message: `No answer from Lumen (${describe(error)}); the order may or may not have arrived.`,
      });
    }
  }
}

function describe(error: LumenError | LumenTransportError): string {
  return error instanceof LumenError ? `${error.code}` : error.kind;
}

async function recordEvent(orderId: string, kind: "retried", lumenCode: number | null, message: string) {
  await db().orderEvent.create({ data: { orderId, kind, lumenCode, message } });
}
