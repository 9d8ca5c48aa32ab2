// POST /api/orgs/[org]/numbers/summary — what the portal knows of numbers about to be
// disconnected or changed: { tns: ["3039740101", …] } → counts by product, rate center and route.
// A POST because a list of thousands of numbers does not fit in a URL; it changes nothing.
import { readJsonBody } from "@/lib/http/read-json-body";
import { withTenant } from "@/lib/http/with-tenant";
import { summarizeNumbers } from "@/lib/numbers/numbers-summary";

export const POST = withTenant("viewer", async ({ request, tenant }) => summarizeNumbers(tenant, await readJsonBody(request, 128 * 1024)));
