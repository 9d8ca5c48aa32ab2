// GET, POST /api/orgs/[org]/numbers/[tn]/notes — the notes on one number. Viewers read
// (a reseller only the shared notes of its own numbers); operators and up write.
import { readJsonBody } from "@/lib/http/read-json-body";
import { withTenant } from "@/lib/http/with-tenant";
import { addNumberNote, listNumberNotes } from "@/lib/numbers/number-notes";
import { jsonAnswer } from "@/lib/http/json-answer";

export const GET = withTenant<{ org: string; tn: string }>("viewer", async ({ tenant, params }) => ({
  notes: await listNumberNotes(tenant, params.tn),
}));

export const POST = withTenant<{ org: string; tn: string }>("viewer", async ({ request, tenant, params, address }) =>
  jsonAnswer({ note: await addNumberNote(tenant, params.tn, await readJsonBody(request), { ipAddress: address }) }, { status: 201 }),
);
