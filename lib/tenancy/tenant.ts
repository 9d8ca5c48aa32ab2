import type { Role } from "./roles";

// The resolved answer to "who is acting, in which organization, with what role, in
// which slice". Only requireMembership builds one, from the session and a fresh read
// of the membership; every data-access function takes it as its first argument and
// puts its ids in every `where`.
export interface Tenant {
  userId: string;
  organizationId: string;
  orgSlug: string;
  role: Role;
  /** Set for a reseller sub-account user; null for the partner's own staff. */
  subAccount: { id: string; name: string; customerServiceNames: string[] } | null;
}
