import type { Role } from "./roles";

// What every portal page knows about who is looking: resolved on the server from the
// session and a fresh read of the memberships, never from anything the browser sent.
export interface PortalContext {
  user: { id: string; email: string; name: string };
  organization: {
    id: string;
    slug: string;
    name: string;
    /** Null for a reseller's users: the partner's account at Lumen is not part of their slice. */
    customerNumber: string | null;
    environment: "sandbox" | "production";
  };
  role: Role;
  /** Set for a reseller sub-account user: every read and write is limited to this slice. */
  subAccount: { id: string; name: string } | null;
  /** Every organization this user belongs to, for the organization switcher. */
  memberships: Array<{ orgSlug: string; orgName: string; role: Role; subAccountName: string | null }>;
}
