// GET /api/orgs/[org]/members — the organization's people (a reseller sees its own)
import { withTenant } from "@/lib/http/with-tenant";
import { listMembers } from "@/lib/organizations/list-members";

export const GET = withTenant("viewer", async ({ tenant }) => ({ members: await listMembers(tenant) }));
