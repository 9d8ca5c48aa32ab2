// PATCH /api/orgs/[org]/settings/notifications — webhook credentials (secret write-only) and polling interval
import { withTenant } from "@/lib/http/with-tenant";
import { readJsonBody } from "@/lib/http/read-json-body";
import { updateNotificationSettings } from "@/lib/organizations/update-notification-settings";

export const PATCH = withTenant("admin", async ({ request, tenant, address }) => ({
  settings: await updateNotificationSettings(tenant, await readJsonBody(request), address),
}));
