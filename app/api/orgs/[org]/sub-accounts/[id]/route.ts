// GET, PATCH /api/orgs/[org]/sub-accounts/[id] — one sub-account, if the caller may see it; admins change it
import { withTenant } from "@/lib/http/with-tenant";
import { readJsonBody } from "@/lib/http/read-json-body";
import { getSubAccountOrThrow } from "@/lib/organizations/get-sub-account-or-throw";
import { updateSubAccount } from "@/lib/sub-accounts/update-sub-account";

export const GET = withTenant<{ org: string; id: string }>("viewer", async ({ tenant, params }) => ({
  subAccount: await getSubAccountOrThrow(tenant, params.id),
}));

export const PATCH = withTenant<{ org: string; id: string }>("viewer", async ({ request, tenant, params, address }) => ({
  subAccount: await updateSubAccount(tenant, params.id, await readJsonBody(request), address),
}));
