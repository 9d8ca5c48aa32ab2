// GET, PUT /api/orgs/[org]/settings/order-defaults — customer service names and default product.
// Everyone reads what their order forms start with; admins change the organization's.
import { withTenant } from "@/lib/http/with-tenant";
import { readJsonBody } from "@/lib/http/read-json-body";
import { getOrderDefaults } from "@/lib/organizations/get-order-defaults";
import { updateOrderDefaults } from "@/lib/organizations/update-order-defaults";

export const GET = withTenant("viewer", async ({ tenant }) => ({ orderDefaults: await getOrderDefaults(tenant) }));

export const PUT = withTenant("admin", async ({ request, tenant, address }) => ({
  orderDefaults: await updateOrderDefaults(tenant, await readJsonBody(request), address),
}));
