// npm run seed:demo — a demo partner with an owner, an operator, a viewer and a
// reseller sub-account user, pointed at the local sandbox, and, when the sandbox answers,
// a few orders of theirs (demo-orders.ts). Safe to run again: it resets the demo users'
// passwords and the demo's Lumen settings, finds the orders it placed before, and leaves
// the rest.
import { createClient } from "../lib/db/client";
import { hashPassword } from "../lib/auth/password";
import { sealSecret } from "../lib/crypto/secret-box";
import { sandboxWebhookCredentials } from "../lib/sandbox/first-run-defaults";
import type { Role } from "../lib/tenancy/roles";
import { ensureSecretKey } from "./portal-env";
import { withDatabase } from "./with-database";
import { DEMO_PARTNER } from "./demo-partner";
import { placeDemoOrders } from "./demo-orders";

async function seed(url: string) {
  process.env.PORTAL_SECRET_KEY = ensureSecretKey(console.log);
  const prisma = createClient(url);
  try {
    // The demo always points at the sandbox it is seeded for, with its test credentials,
    // and takes the credentials the sandbox's webhook for it presents, as first-run setup
    // does: otherwise every webhook is refused and notifications come only by polling.
    const lumenBaseUrl = process.env.LUMEN_BASE_URL || `http://127.0.0.1:${process.env.SANDBOX_PORT ?? 4010}`;
    const offered = sandboxWebhookCredentials(DEMO_PARTNER.customerNumber, lumenBaseUrl, "sandbox", lumenBaseUrl);
    // A webhook user name signs in for one organization only.
    const taken = offered && (await prisma.organization.findFirst({ where: { webhookPrincipal: offered.webhookPrincipal, NOT: { customerNumber: DEMO_PARTNER.customerNumber } }, select: { slug: true } }));
    if (taken) console.log(`The sandbox's webhook user ${offered.webhookPrincipal} already signs in for ${taken.slug}: the demo's notifications come by polling.`);
    const webhook = taken ? null : offered;
    const lumen = {
      environment: "sandbox" as const,
      lumenBaseUrl,
      clientIdEnc: sealSecret(DEMO_PARTNER.clientId),
      clientSecretEnc: sealSecret(DEMO_PARTNER.clientSecret),
      ...(webhook && {
        webhookAuthMode: webhook.webhookAuthMode,
        webhookPrincipal: webhook.webhookPrincipal,
        webhookSecretEnc: sealSecret(webhook.webhookSecret),
      }),
    };
    const org = await prisma.organization.upsert({
      where: { customerNumber: DEMO_PARTNER.customerNumber },
      update: { ...lumen, customerServiceNames: [...DEMO_PARTNER.customerServiceNames] },
      create: {
        slug: DEMO_PARTNER.slug,
        name: DEMO_PARTNER.name,
        customerNumber: DEMO_PARTNER.customerNumber,
        customerServiceNames: [...DEMO_PARTNER.customerServiceNames],
        ...lumen,
      },
    });
    const reseller = await prisma.subAccount.upsert({
      where: { organizationId_name: { organizationId: org.id, name: DEMO_PARTNER.reseller.name } },
      update: {},
      create: { organizationId: org.id, name: DEMO_PARTNER.reseller.name, customerServiceNames: [...DEMO_PARTNER.reseller.customerServiceNames] },
    });

    const rows: Array<{ email: string; password: string; role: Role; label: string }> = [];
    const userIds = new Map<string, string>();
    for (const person of DEMO_PARTNER.people) {
      const passwordHash = await hashPassword(person.password);
      const user = await prisma.user.upsert({
        where: { email: person.email },
        update: { passwordHash },
        create: { email: person.email, name: person.name, passwordHash },
      });
      userIds.set(person.email, user.id);
      const subAccountId = person.reseller ? reseller.id : null;
      await prisma.membership.upsert({
        where: { userId_organizationId: { userId: user.id, organizationId: org.id } },
        update: { role: person.role, subAccountId },
        create: { userId: user.id, organizationId: org.id, role: person.role, subAccountId },
      });
      rows.push({ email: person.email, password: person.password, role: person.role, label: person.reseller ? `${person.role} of ${reseller.name}` : person.role });
    }

    console.log(`\nDemo partner "${org.name}" (customer number ${org.customerNumber}) at /${org.slug}. Sign-ins:`);
    console.table(rows.map(({ email, password, label }) => ({ "e-mail": email, password, role: label })));

    // Orders need the sandbox, which `npm start` runs; without it the demo has people only.
    if (!(await answers(lumenBaseUrl))) {
      console.log(`\nThe sandbox at ${lumenBaseUrl} does not answer: no demo orders placed. Start the portal (npm start) and run this again to place them.`);
      return;
    }
    process.env.DATABASE_URL ??= url;
    const idOf = (role: string, reseller = false) => userIds.get(DEMO_PARTNER.people.find((p) => p.role === role && p.reseller === reseller)!.email)!;
    const placed = await placeDemoOrders(org.slug, { owner: idOf("owner"), operator: idOf("operator"), reseller: idOf("operator", true) });
    console.log(`\nDemo orders (Lumen's notifications complete them over the next minutes):\n- ${placed.join("\n- ")}`);
  } finally {
    await prisma.$disconnect();
  }
}

/** Whether anything answers HTTP at `baseUrl` within two seconds. */
async function answers(baseUrl: string): Promise<boolean> {
  try {
    await fetch(baseUrl, { signal: AbortSignal.timeout(2000) });
    return true;
  } catch {
    return false;
  }
}

withDatabase(seed).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
