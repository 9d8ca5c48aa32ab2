// GET, PUT /api/orgs/[org]/alerts — the signed-in user's own e-mail alerts in this organization
import { getAlertPreferences } from "@/lib/alerts/get-alert-preferences";
import { updateAlertPreferences } from "@/lib/alerts/update-alert-preferences";
import { readJsonBody } from "@/lib/http/read-json-body";
import { withTenant } from "@/lib/http/with-tenant";

export const GET = withTenant("viewer", async ({ tenant }) => ({ alerts: await getAlertPreferences(tenant) }));

export const PUT = withTenant("viewer", async ({ request, tenant, address }) => ({
  alerts: await updateAlertPreferences(tenant, await readJsonBody(request), address),
}));
