// GET, POST /api/orgs/[org]/lumen/[read] — look-ups at Lumen (rate centers, coverage,
// utilization, inventory, order status …) on behalf of the organization
import { withTenant } from "@/lib/http/with-tenant";
import { readJsonBody } from "@/lib/http/read-json-body";
import { readFromLumen } from "@/lib/lumen-reads/lumen-reads";

type Params = { org: string; read: string };

export const GET = withTenant<Params>("viewer", async ({ request, tenant, params }) =>
  readFromLumen(tenant, params.read, "GET", Object.fromEntries(request.nextUrl.searchParams)),
);

export const POST = withTenant<Params>("viewer", async ({ request, tenant, params }) =>
  readFromLumen(tenant, params.read, "POST", await readJsonBody(request)),
);
