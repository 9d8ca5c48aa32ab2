import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { createClient } from "@/lib/db/client";
import { authOptions } from "@/lib/auth/auth-options";
import type { Role } from "@/lib/tenancy/roles";

// Seeds straight through the database, as the portal's own code would leave it, and
// signs requests with a real next-auth session cookie, so route handlers run exactly
// as they do behind Next.

export const testDb = createClient(process.env.DATABASE_URL!);

export async function createTestOrganization(label = "org") {
  const suffix = randomUUID().slice(0, 8);
  return testDb.organization.create({
    data: {
      slug: `${label}-${suffix}`,
      name: `${label} ${suffix}`,
      customerNumber: `9-${label.toUpperCase().replace(/[^A-Z0-9]/g, "").slice(0, 6) || "T"}-${suffix.toUpperCase()}`,
      lumenBaseUrl: "http://127.0.0.1:4010",
    },
  });
}

export async function createTestUser(
  organizationId: string,
  role: Role,
  options: { subAccountId?: string; passwordHash?: string } = {},
) {
  const user = await testDb.user.create({
    data: { email: `${role}-${randomUUID().slice(0, 8)}@test.example`, name: `Test ${role}`, passwordHash: options.passwordHash ?? "!" },
  });
  await testDb.membership.create({ data: { userId: user.id, organizationId, role, subAccountId: options.subAccountId ?? null } });
  return user;
}

export async function sessionCookie(userId: string): Promise<string> {
  const token = await encode({ token: { sub: userId }, secret: authOptions.secret! });
  return `next-auth.session-token=${token}`;
}

/** A request as the browser of `userId` would send it (no user: signed out). */
export async function requestAs(userId: string | null, url: string, init: { method?: string; json?: unknown; body?: string; headers?: Record<string, string> } = {}) {
  const headers = new Headers(init.headers);
  if (userId) headers.set("cookie", await sessionCookie(userId));
  let body = init.body;
  if (init.json !== undefined) {
    body = JSON.stringify(init.json);
    headers.set("content-type", "application/json");
  }
  return new NextRequest(new URL(url, "http://localhost:3000"), { method: init.method ?? "GET", headers, body });
}

export function routeParams<P>(params: P) {
  return { params: Promise.resolve(params) };
}
