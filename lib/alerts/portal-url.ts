/**
 * An absolute address on the portal, for links that leave it (mails). The public URL is
 * PORTAL_URL where set, else NEXTAUTH_URL, which `npm start` always sets
 * (http://localhost:$PORT) and which sites behind a proxy set to their public address.
 */
export function portalUrl(path: string): string {
  const base = process.env.PORTAL_URL || process.env.NEXTAUTH_URL || `http://localhost:${process.env.PORT ?? 3000}`;
  // Relative to the base, so a portal served under a path (https://example.com/voice/) keeps it.
  return new URL(path.replace(/^\/+/, ""), base.endsWith("/") ? base : `${base}/`).toString();
}
