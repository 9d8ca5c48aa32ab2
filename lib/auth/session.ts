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
  const req = (request ?? { cookies: await cookies(), headers: await headers() }) as TokenSource;
  const token = await getToken({ req, secret: authOptions.secret });
  if (!token?.sub) return null;
  // A deleted user's still-valid cookie finds nobody here and is treated as signed out.
  return db().user.findUnique({ where: { id: token.sub }, select: { id: true, email: true, name: true } });
}

export async function requireSessionUser(request?: Request): Promise<SessionUser> {
  const user = await getSessionUser(request);
  if (!user) throw new AppError("UNAUTHENTICATED", "Please sign in.");
  return user;
}
