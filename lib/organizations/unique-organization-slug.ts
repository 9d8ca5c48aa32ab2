import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { slugify } from "./slugify";

/** The organization's name as a URL slug, suffixed -2, -3 … when taken. */
export async function uniqueOrganizationSlug(tx: Pick<Prisma.TransactionClient, "organization">, name: string): Promise<string> {
  const base = slugify(name);
  const taken = new Set(
    (await tx.organization.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((o) => o.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
