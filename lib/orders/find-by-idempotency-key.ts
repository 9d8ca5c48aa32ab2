import "server-only";
import { db } from "@/lib/db/client";
import type { Tenant } from "@/lib/tenancy/tenant";

/** The id of the organization's order recorded under this idempotency key, if any. */
export async function findByIdempotencyKey(tenant: Pick<Tenant, "organizationId">, idempotencyKey: string): Promise<string | null> {
  const row = await db().order.findUnique({
    where: { organizationId_idempotencyKey: { organizationId: tenant.organizationId, idempotencyKey } },
    select: { id: true },
  });
  return row?.id ?? null;
}
