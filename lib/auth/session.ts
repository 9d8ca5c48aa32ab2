import "server-only";
import { cookies, headers } from "next/headers";
import { getToken } from "next-auth/jwt";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { authOptions } from "./auth-options";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
}

type TokenSource = Parameters<typeof getToken>[0]["req"];

/**
 * The signed-in user, read fresh from the database; null without a valid session.
 * Route handlers pass their request; pages and server actions read the cookies of
 * the request being rendered. Both decode the same next-auth session cookie.
 */
export async function getSessionUser(request?: Request): Promise<SessionUser | null> {
  const userId = await getSessionUserId(request);
  if (!userId) return null;
  // A deleted user's still-valid cookie finds nobody here and is treated as signed out.
  return db().user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true } });
}

/**
 * Only the user id the session cookie carries, without a database read: for callers
 * that read a membership next, which exists only while the user does.
 */
export async function getSessionUserId(request?: Request): Promise<string | null> {
  const req = (request ?? { cookies: await cookies(), headers: await headers() }) as TokenSource;
  const token = await getToken({ req, secret: authOptions.secret });
  return token?.sub ?? null;
}

export async function requireSessionUserId(request?: Request): Promise<string> {
  const userId = await getSessionUserId(request);
  if (!userId) throw new AppError("UNAUTHENTICATED", "Please sign in.");
  return userId;
}
