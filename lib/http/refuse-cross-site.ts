import { AppError } from "@/lib/errors/app-error";

// The session cookie is SameSite=Lax, which keeps it off a POST from another site, but not
// off one from a sibling host of the same site (another app under the partner's domain),
// and Lax is the only guard a body-less POST (refresh, place again, test connection) has.
// A browser says where a request came from: Sec-Fetch-Site in every current browser, Origin
// on every cross-origin POST. A request saying neither is not a browser's (a script, a
// test), and cookies alone do not make it one.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Whether a browser sent this request from a page of another origin. */
export function cameFromAnotherOrigin(headers: Headers): boolean {
  const site = headers.get("sec-fetch-site");
  if (site) return site !== "same-origin" && site !== "none";
  const origin = headers.get("origin");
  if (origin === null) return false;
  // Behind a proxy that rewrites Host, the address the browser used is the forwarded one.
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  try {
    return host === null || new URL(origin).host !== host;
  } catch {
    return true; // "null" (a sandboxed frame, a file) or no URL at all
  }
}

/** Refuses a request that changes something when a page of another origin sent it. */
export function refuseCrossSiteChange(request: { method: string; headers: Headers }): void {
  if (SAFE_METHODS.has(request.method.toUpperCase()) || !cameFromAnotherOrigin(request.headers)) return;
  throw new AppError("FORBIDDEN", "This request came from a page of another site, so the portal refused it. Use the portal's own pages.");
}
