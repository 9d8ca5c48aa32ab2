// POST /api/orgs/[org]/settings/test-connection — fetch a token and list rate centers with the stored credentials
import { withTenant } from "@/lib/http/with-tenant";
import { testLumenConnection } from "@/lib/organizations/test-lumen-connection";

export const POST = withTenant("admin", async ({ tenant }) => ({ result: await testLumenConnection(tenant) }));
