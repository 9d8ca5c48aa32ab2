// PUT /api/orgs/[org]/sub-accounts/[id]/suspension — { suspended: true } suspends, { suspended: false } restores
import { withTenant } from "@/lib/http/with-tenant";
import { readJsonBody } from "@/lib/http/read-json-body";
import { setSubAccountSuspension } from "@/lib/sub-accounts/set-sub-account-suspension";

export const PUT = withTenant<{ org: string; id: string }>("viewer", async ({ request, tenant, params, address }) => ({
  subAccount: await setSubAccountSuspension(tenant, params.id, await readJsonBody(request), address),
}));
