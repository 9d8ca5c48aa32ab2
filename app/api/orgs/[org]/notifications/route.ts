// GET /api/orgs/[org]/notifications — every notification received, filtered and paged
import { withTenant } from "@/lib/http/with-tenant";
import { listNotifications } from "@/lib/notifications/list-notifications";

export const GET = withTenant("viewer", async ({ request, tenant }) =>
  listNotifications(tenant, Object.fromEntries(request.nextUrl.searchParams)),
);
