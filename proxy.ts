import { NextResponse, type NextRequest } from "next/server";
import { PORTAL_PATH_HEADER } from "@/lib/http/portal-path-header";

// Not an authorization layer (that lives in lib/tenancy, on every read and write).
// It only tells server components which path was asked for, so that a signed-out
// visitor of /org/orders comes back to /org/orders after signing in.
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(PORTAL_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

// Lumen's webhook (/voice/notifications) is a machine-to-machine endpoint with its own
// credentials: nothing here concerns it.
export const config = {
  matcher: ["/((?!api/|voice/|_next/|favicon|login|setup).*)"],
};
