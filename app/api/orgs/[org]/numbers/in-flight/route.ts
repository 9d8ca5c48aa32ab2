// POST /api/orgs/[org]/numbers/in-flight — which of these numbers an order of the tenant's
// still holds at Lumen: { tns: ["3039740101", …] } → [{ tn, order: { id, type, voiceOrderId } }].
// A POST because a port's or an install's numbers do not all fit in a URL; it changes nothing.
import { readJsonBody } from "@/lib/http/read-json-body";
import { withTenant } from "@/lib/http/with-tenant";
import { findNumbersInFlight } from "@/lib/numbers/numbers-in-flight";

export const POST = withTenant("viewer", async ({ request, tenant }) => ({ numbers: await findNumbersInFlight(tenant, await readJsonBody(request, 64 * 1024)) }));
