// GET, POST /api/orgs/[org]/orders/[id]/notes — the notes on one order. Viewers read (a
// reseller only the shared notes of its own orders); operators and up write.
import { readJsonBody } from "@/lib/http/read-json-body";
import { withTenant } from "@/lib/http/with-tenant";
import { addOrderNote, listOrderNotes } from "@/lib/orders/order-notes";
import { jsonAnswer } from "@/lib/http/json-answer";

export const GET = withTenant<{ org: string; id: string }>("viewer", async ({ tenant, params }) => ({
  notes: await listOrderNotes(tenant, params.id),
}));

export const POST = withTenant<{ org: string; id: string }>("viewer", async ({ request, tenant, params, address }) =>
  jsonAnswer({ note: await addOrderNote(tenant, params.id, await readJsonBody(request), address) }, { status: 201 }),
);
