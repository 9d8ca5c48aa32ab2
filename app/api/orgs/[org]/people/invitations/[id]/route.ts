// DELETE /api/orgs/[org]/people/invitations/[id] — revoke an open invitation
import { withTenant } from "@/lib/http/with-tenant";
import { revokeInvitation } from "@/lib/people/revoke-invitation";

export const DELETE = withTenant<{ org: string; id: string }>("viewer", async ({ tenant, params, address }) => {
  await revokeInvitation(tenant, params.id, address);
  return { ok: true };
});
