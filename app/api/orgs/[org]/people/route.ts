// GET /api/orgs/[org]/people — members (role, sub-account, one-time codes, last sign-in) and open invitations
import { withTenant } from "@/lib/http/with-tenant";
import { listPeople } from "@/lib/people/list-people";

export const GET = withTenant("viewer", async ({ tenant }) => listPeople(tenant));
