import "server-only";
import { cookies, headers } from "next/headers";
import { getToken } from "next-auth/jwt";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { authOptions, AUTH_TIME_CLAIM } from "./auth-options";
import { decodeSessionToken } from "./session-token";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
}

/** Who the session cookie names, and since when (epoch ms) it has proved it. */
export interface SessionActor {
  id: string;
  authTime: number;
}

type TokenSource = Parameters<typeof getToken>[0]["req"];

/**
 * The signed-in user, read fresh from the database; null without a valid session.
 * Route handlers pass their request; pages and server actions read the cookies of
 * the request being rendered. Both decode the same next-auth session cookie.
 */
export async function getSessionUser(request?: Request): Promise<SessionUser | null> {
  const actor = await getSessionActor(request);
  if (!actor) return null;
  // A deleted user's still-valid cookie finds nobody here and is treated as signed out.
  const user = await db().user.findUnique({
    where: { id: actor.id },
    select: { id: true, email: true, name: true, sessionsValidFrom: true },
  });
  if (!user || !isSessionCurrent(actor.authTime, user.sessionsValidFrom)) return null;
  return { id: user.id, email: user.email, name: user.name };
}

/** The session's user and the moment it signed in, without a database read. */
export async function getSessionActor(request?: Request): Promise<SessionActor | null> {
  const req = (request ?? { cookies: await cookies(), headers: await headers() }) as TokenSource;
  const token = await getToken({ req, secret: authOptions.secret, decode: decodeSessionToken });
  if (!token?.sub) return null;
  const claimed = token[AUTH_TIME_CLAIM];
  // Cookies issued before the claim existed fall back to their own issue time.
  const authTime = typeof claimed === "number" ? claimed : typeof token.iat === "number" ? token.iat * 1000 : 0;
  return { id: token.sub, authTime };
}

/**
 * Only the user id the session cookie carries, without a database read: for callers
 * that read a membership next, which exists only while the user does.
 */
export async function getSessionUserId(request?: Request): Promise<string | null> {
  return (await getSessionActor(request))?.id ?? null;
}

export async function requireSessionUserId(request?: Request): Promise<string> {
  return (await requireSessionActor(request)).id;
}

/** For requireMembership, which checks the sign-in time against the user in the same query. */
export async function requireSessionActor(request?: Request): Promise<SessionActor> {
  const actor = await getSessionActor(request);
  if (!actor) throw new AppError("UNAUTHENTICATED", "Please sign in.");
  return actor;
}

/** False once the user's password changed after this session signed in. */
export function isSessionCurrent(authTime: number, sessionsValidFrom: Date | null): boolean {
  return !sessionsValidFrom || authTime >= sessionsValidFrom.getTime();
}
