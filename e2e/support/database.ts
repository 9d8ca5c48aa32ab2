import { SANDBOX } from "./sandbox";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import bcrypt from "bcryptjs";
import pg from "pg";
import { E2E_DATA_DIR } from "../../playwright.config";

// Seeds the portal's embedded database directly, as the style guide asks of
// Playwright fixtures: the lock file of the running PGlite server names its port.
export async function withPortalDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const lock = JSON.parse(readFileSync(path.join(E2E_DATA_DIR, "pglite.lock"), "utf8")) as { port: number };
  const client = new pg.Client({ connectionString: `postgresql://postgres:postgres@127.0.0.1:${lock.port}/postgres` });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function seedOrganization(client: pg.Client, name: string, customerNumber: string): Promise<{ id: string; slug: string }> {
  const id = `e2e${randomUUID().replaceAll("-", "")}`;
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  await client.query(
    `INSERT INTO "Organization" (id, slug, name, "customerNumber", "lumenBaseUrl", "updatedAt") VALUES ($1, $2, $3, $4, $5, now())`,
    [id, slug, name, customerNumber, SANDBOX],
  );
  return { id, slug };
}

export async function seedUser(client: pg.Client, email: string, password: string): Promise<string> {
  const id = `e2e${randomUUID().replaceAll("-", "")}`;
  await client.query(`INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES ($1, $2, $3, $4, now())`, [
    id,
    email,
    email.split("@")[0],
    bcrypt.hashSync(password, 4),
  ]);
  return id;
}

export async function addMembership(client: pg.Client, userId: string, organizationId: string, role: string, subAccountId: string | null = null) {
  await client.query(
    `INSERT INTO "Membership" (id, "userId", "organizationId", role, "subAccountId", "updatedAt") VALUES ($1, $2, $3, $4::"Role", $5, now())`,
    [`e2e${randomUUID().replaceAll("-", "")}`, userId, organizationId, role, subAccountId],
  );
}

export async function userIdByEmail(client: pg.Client, email: string): Promise<string> {
  const { rows } = await client.query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [email]);
  return rows[0]!.id;
}
