import "server-only";
import { AppError } from "@/lib/errors/app-error";
import { assertRole, assertStaff } from "@/lib/tenancy/require-membership";
import { ROLE_LABELS, type Role } from "@/lib/tenancy/roles";
import type { Tenant } from "@/lib/tenancy/tenant";

/** The people page belongs to the partner's staff; every role of it may read. */
export function assertCanSeePeople(tenant: Tenant): void {
  assertStaff(tenant);
}

/** Inviting, changing roles and removing are for admins and owners. */
export function assertCanManagePeople(tenant: Tenant): void {
  assertStaff(tenant);
  assertRole(tenant, "admin");
}

/** Only an owner makes an owner, or changes or removes one. */
export function assertMayTouchRole(tenant: Tenant, role: Role): void {
  if (role === "owner" && tenant.role !== "owner") {
    throw new AppError("FORBIDDEN", `Only an ${ROLE_LABELS.owner} can make, change or remove an ${ROLE_LABELS.owner}.`);
  }
}
