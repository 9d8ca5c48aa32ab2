// GET, PATCH /api/orgs/[org]/settings — organization settings (credentials write-only)
import { withTenant } from "@/lib/http/with-tenant";
import { readJsonBody } from "@/lib/http/read-json-body";
import { getOrganizationSettings } from "@/lib/organizations/get-organization-settings";
import { updateOrganizationSettings } from "@/lib/organizations/update-organization-settings";

export const GET = withTenant("viewer", async ({ tenant }) => ({ settings: await getOrganizationSettings(tenant) }));

export const PATCH = withTenant("admin", async ({ request, tenant, address }) => ({
  settings: await updateOrganizationSettings(tenant, await readJsonBody(request), address),
}));
