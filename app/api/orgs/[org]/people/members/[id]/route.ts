// PATCH, DELETE /api/orgs/[org]/people/members/[id] — change a member's role, remove a member
import { withTenant } from "@/lib/http/with-tenant";
import { readJsonBody } from "@/lib/http/read-json-body";
import { changeMemberRole } from "@/lib/people/change-member-role";
import { removeMember } from "@/lib/people/remove-member";

export const PATCH = withTenant<{ org: string; id: string }>("viewer", async ({ request, tenant, params, address }) => ({
  member: await changeMemberRole(tenant, params.id, await readJsonBody(request), address),
}));

export const DELETE = withTenant<{ org: string; id: string }>("viewer", async ({ tenant, params, address }) => {
  await removeMember(tenant, params.id, address);
  return { ok: true };
});
