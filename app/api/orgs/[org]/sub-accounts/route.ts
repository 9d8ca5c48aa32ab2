// GET, POST /api/orgs/[org]/sub-accounts — reseller sub-accounts of the organization
import { withTenant } from "@/lib/http/with-tenant";
import { readJsonBody } from "@/lib/http/read-json-body";
import { createSubAccount } from "@/lib/organizations/create-sub-account";
import { listSubAccounts } from "@/lib/organizations/list-sub-accounts";
import { jsonAnswer } from "@/lib/http/json-answer";

export const GET = withTenant("viewer", async ({ tenant }) => ({ subAccounts: await listSubAccounts(tenant) }));

export const POST = withTenant("admin", async ({ request, tenant, address }) =>
  jsonAnswer({ subAccount: await createSubAccount(tenant, await readJsonBody(request), address) }, { status: 201 }),
);
