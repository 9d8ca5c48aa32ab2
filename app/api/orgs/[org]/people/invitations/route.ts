// POST /api/orgs/[org]/people/invitations — invite by e-mail; answers the link once
import { withTenant } from "@/lib/http/with-tenant";
import { readJsonBody } from "@/lib/http/read-json-body";
import { inviteMember } from "@/lib/people/invite-member";
import { jsonAnswer } from "@/lib/http/json-answer";

// The data function authorizes (admins and owners, staff only); viewer here only resolves the tenant.
export const POST = withTenant("viewer", async ({ request, tenant, address }) =>
  jsonAnswer({ invitation: await inviteMember(tenant, await readJsonBody(request), address) }, { status: 201 }),
);
