/** Where a user of a suspended reseller account goes instead of the organization's pages. */
export function suspendedUrlFor(orgSlug: string): string {
  return `/suspended?org=${encodeURIComponent(orgSlug)}`;
}
