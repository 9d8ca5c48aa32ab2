// POST /api/orgs/[org]/numbers/move — hand numbers to a sub-account, another, or back to the partner
import { withTenant } from "@/lib/http/with-tenant";
import { readJsonBody } from "@/lib/http/read-json-body";
import { moveNumbers } from "@/lib/numbers/move-numbers";

export const POST = withTenant("operator", async ({ request, tenant, address }) => moveNumbers(tenant, await readJsonBody(request), address));
