// GET /api/orgs/[org]/sub-accounts/[id] — one sub-account, if the caller may see it
import { withTenant } from "@/lib/http/with-tenant";
import { getSubAccountOrThrow } from "@/lib/organizations/get-sub-account-or-throw";

export const GET = withTenant<{ org: string; id: string }>("viewer", async ({ tenant, params }) => ({
  subAccount: await getSubAccountOrThrow(tenant, params.id),
}));
