import "server-only";
import { encode } from "next-auth/jwt";
import type { NextResponse } from "next/server";
import { authOptions, AUTH_TIME_CLAIM, SESSION_MAX_AGE_SECONDS } from "./auth-options";

const PLAIN = "next-auth.session-token";
const SECURE = "__Secure-next-auth.session-token";

/**
 * After a password change: gives the browser that made it a new session cookie signed in
 * at `authTime`, so it survives the change that ends every older session.
 */
export async function reissueSessionCookie(request: Request, response: NextResponse, user: { id: string; authTime: number }): Promise<void> {
  const cookieHeader = request.headers.get("cookie") ?? "";
  const secure = cookieHeader.includes(`${SECURE}=`) || (!cookieHeader.includes(`${PLAIN}=`) && (process.env.NEXTAUTH_URL ?? "").startsWith("https://"));
  const token = await encode({
    token: { sub: user.id, [AUTH_TIME_CLAIM]: user.authTime },
    secret: authOptions.secret!,
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  response.cookies.set(secure ? SECURE : PLAIN, token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure,
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
}
