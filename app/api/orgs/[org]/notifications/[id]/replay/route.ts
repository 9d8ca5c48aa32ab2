// POST /api/orgs/[org]/notifications/[id]/replay — an admin runs a stored notification through ingestion again
import { withTenant } from "@/lib/http/with-tenant";
import { replayNotification } from "@/lib/notifications/replay-notification";

export const POST = withTenant<{ org: string; id: string }>("admin", async ({ tenant, params, address }) => ({
  replay: await replayNotification(tenant, params.id, address),
}));
