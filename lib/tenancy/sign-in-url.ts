import "server-only";
import { headers } from "next/headers";
import { PORTAL_PATH_HEADER } from "@/lib/http/portal-path-header";

/** Where a signed-out visitor goes: sign-in, then back to the page asked for (proxy.ts names it). */
export async function signInUrlFor(orgSlug: string): Promise<string> {
  const requested = (await headers()).get(PORTAL_PATH_HEADER) ?? `/${orgSlug}`;
  return `/login?callbackUrl=${encodeURIComponent(requested)}`;
}
