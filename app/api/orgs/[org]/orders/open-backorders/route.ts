// POST /api/orgs/[org]/orders/open-backorders — which of these rate centers hold a
// reservation of the user's slice still in backorder: { rateCenters: [{ rateCenter, state }] }
// → { backorders: [{ rateCenter, state, order }] }. It changes nothing.
import { readJsonBody } from "@/lib/http/read-json-body";
import { withTenant } from "@/lib/http/with-tenant";
import { findOpenBackorders } from "@/lib/orders/open-backorders";

export const POST = withTenant("viewer", async ({ request, tenant }) => ({ backorders: await findOpenBackorders(tenant, await readJsonBody(request, 16 * 1024)) }));
