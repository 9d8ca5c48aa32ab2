// GET /api/orgs/[org]/notifications/[id] — one notification with its body as received
import { withTenant } from "@/lib/http/with-tenant";
import { getNotificationOrThrow } from "@/lib/notifications/get-notification-or-throw";

export const GET = withTenant<{ org: string; id: string }>("viewer", async ({ tenant, params }) => ({
  notification: await getNotificationOrThrow(tenant, params.id),
}));
