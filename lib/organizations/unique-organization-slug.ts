import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { slugify } from "./slugify";

/**
 * First path segments the portal itself answers: an organization named "Voice" must not
 * take /voice/notifications from Lumen's webhook, nor "API" the route handlers.
 */
const RESERVED_SLUGS = new Set(["voice", "api", "login", "setup", "_next"]);

/** The organization's name as a URL slug, suffixed -2, -3 … when taken or reserved. */
export async function uniqueOrganizationSlug(tx: Pick<Prisma.TransactionClient, "organization">, name: string): Promise<string> {
  const base = slugify(name);
  const taken = new Set(
    (await tx.organization.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((o) => o.slug),
  );
  for (const slug of RESERVED_SLUGS) taken.add(slug);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
