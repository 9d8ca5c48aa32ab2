// npx tsx --conditions react-server scripts/dashboard-bench.ts [orders=100000] [calls=50]
// The dashboard's server time with `orders` orders stored: getDashboard (every query the
// page and its poll run) called sequentially for the last 7, 30 and 90 days, as the
// partner's staff (the whole organization) and as a reseller (one sub-account of four),
// median and p95 of each. Goal: under 150 ms at the median.
// The data: orders spread over 90 days, of every type and status in realistic shares, two
// notifications per order, a number per reservation, install and port (in 30 rate centers),
// written with generate_series and then ANALYZEd. PGlite runs as `npm start` runs it (on
// disk, served over TCP from this process; the measuring Prisma client runs in a child
// process); PostgreSQL is a fresh database on BENCH_POSTGRES_URL's server (default: the
// local one), dropped at the end; BENCH_POSTGRES_URL=skip leaves it out.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedDatabase } from "../lib/db/embedded-server";
import { migrateDatabase } from "../lib/db/migrate";
import type { DashboardPeriod } from "../lib/dashboard/dashboard-period";

const measuring = process.argv[2] === "measure";
const args = measuring ? process.argv.slice(3) : process.argv.slice(2);
const orderCount = Number(args[0] ?? 100_000);
const calls = Number(args[1] ?? 50);
const PERIODS: DashboardPeriod[] = ["7d", "30d", "90d"];
const postgresServerUrl = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres:postgres@127.0.0.1:5432/postgres";
const ORG = { id: "dash-org", slug: "dash" };
const USERS = { staff: "dash-staff", reseller: "dash-reseller" } as const;

interface Series {
  who: keyof typeof USERS;
  period: DashboardPeriod;
  median: number;
  p95: number;
}

// ---------------------------------------------------------------- the parent: databases

async function main() {
  if (measuring) return measure();

  const results: Array<{ database: string; seedSeconds: number; series: Series[] }> = [];
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "dashboard-bench-"));
  const embedded = await startEmbeddedDatabase({ dataDir: path.join(dataDir, "pglite") });
  try {
    await migrateDatabase(embedded.url);
    const seedSeconds = await seed(embedded.url);
    results.push({ database: "PGlite (embedded, on disk, over TCP)", seedSeconds, series: await runChild(embedded.url) });
  } finally {
    await embedded.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }

  if (postgresServerUrl !== "skip") {
    const name = `voice_portal_dashboard_bench_${process.pid}`;
    const admin = new pg.Client({ connectionString: postgresServerUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    try {
      const url = new URL(postgresServerUrl);
      url.pathname = `/${name}`;
      await migrateDatabase(url.toString());
      const seedSeconds = await seed(url.toString());
      results.push({ database: "PostgreSQL 15 (local)", seedSeconds, series: await runChild(url.toString()) });
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  }

  console.log(`dashboard server time: ${os.cpus().length} CPUs, Node ${process.version}, ${orderCount} orders stored, ${calls} sequential getDashboard calls per series`);
  for (const { database, seedSeconds, series } of results) {
    console.log(`${database} (seeded in ${seedSeconds.toFixed(0)} s)`);
    for (const s of series) console.log(`  ${s.who.padEnd(8)} ${s.period.padStart(3)}: median ${s.median.toFixed(1)} ms   p95 ${s.p95.toFixed(1)} ms`);
  }
  console.log("goal: median < 150 ms");
}

function runChild(databaseUrl: string): Promise<Series[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join("node_modules", ".bin", "tsx"), ["--conditions", "react-server", "scripts/dashboard-bench.ts", "measure", String(orderCount), String(calls)], {
      env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: "warn" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`the measuring process exited with ${code}`));
      resolve(JSON.parse(output.trim().split("\n").pop() ?? "") as Series[]);
    });
  });
}

/**
 * One organization with four sub-accounts, its staff and a reseller user, and `orderCount`
 * orders with their numbers and notifications. Shares are picked from the order's index
 * with fixed weights, so every run stores the same data. Returns the seconds it took.
 */
async function seed(url: string): Promise<number> {
  const started = performance.now();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`INSERT INTO "Organization" (id, slug, name, "customerNumber", "lumenBaseUrl", "updatedAt") VALUES ($1, $2, 'Dashboard Bench', '9-DASH-1', 'http://127.0.0.1:4010', now())`, [ORG.id, ORG.slug]);
    await client.query(
      `INSERT INTO "SubAccount" (id, "organizationId", name, "customerServiceNames", "updatedAt")
       SELECT 'dash-sa' || s, $1, 'Reseller ' || s, ARRAY['RESELLER ' || s], now() FROM generate_series(0, 3) AS s`,
      [ORG.id],
    );
    await client.query(
      `INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES ($1, 'staff@dash.test', 'Staff', '!', now()), ($2, 'reseller@dash.test', 'Reseller', '!', now())`,
      [USERS.staff, USERS.reseller],
    );
    await client.query(
      `INSERT INTO "Membership" (id, "userId", "organizationId", role, "subAccountId", "updatedAt")
       VALUES ('dash-m1', $1, $3, 'owner', NULL, now()), ('dash-m2', $2, $3, 'viewer', 'dash-sa1', now())`,
      [USERS.staff, USERS.reseller, ORG.id],
    );
    // Per order i: h is a well-spread hash of i; each share is read from a different part of it.
    await client.query(
      `INSERT INTO "Order" (id, "organizationId", "subAccountId", type, "productId", status, "idempotencyKey", "externalOrderId", "voiceOrderId",
         request, "lumenCode", "statusReason", "focDate", "approvalDeadline", "availableQuantity", "lastNotificationAt", "createdAt", "updatedAt", "completedAt")
       SELECT 'dash-o' || i, $1,
         CASE WHEN h % 10 < 4 THEN NULL ELSE 'dash-sa' || (h / 10 % 4) END,
         type::"OrderType", '2036', status::"OrderStatus", 'dash-k' || i, 'dash-x' || i, 'VO' || (10000000 + i),
         '{}', CASE WHEN status = 'rejected' THEN 1648 WHEN status = 'completed' THEN 902 ELSE 901 END,
         CASE WHEN status = 'rejected' THEN 'Refused: less than 75 % of the numbers already held in this rate center are in use.' END,
         CASE WHEN type = 'port' THEN date_trunc('day', now()) + (h / 1000 % 20 - 5) * interval '1 day' END,
         CASE WHEN status = 'awaiting_approval' THEN created + interval '4 hours' END,
         CASE WHEN status = 'awaiting_approval' THEN 3 END,
         created + interval '10 minutes', created, created + interval '10 minutes',
         CASE WHEN status IN ('completed', 'rejected', 'cancelled', 'failed') THEN created + interval '10 minutes' END
       FROM (
         SELECT i, h, now() - (h % 7776000) * interval '1 second' AS created,
           CASE WHEN h / 7 % 100 < 35 THEN 'reserve' WHEN h / 7 % 100 < 65 THEN 'install' WHEN h / 7 % 100 < 80 THEN 'port'
                WHEN h / 7 % 100 < 90 THEN 'change' WHEN h / 7 % 100 < 95 THEN 'disconnect' ELSE 'supplement' END AS type,
           CASE WHEN h / 13 % 100 < 70 THEN 'completed' WHEN h / 13 % 100 < 80 THEN 'in_progress' WHEN h / 13 % 100 < 85 THEN 'accepted'
                WHEN h / 13 % 100 < 91 THEN 'rejected' WHEN h / 13 % 100 < 92 THEN 'awaiting_approval' WHEN h / 13 % 100 < 95 THEN 'cancelled'
                WHEN h / 13 % 100 < 97 THEN 'failed' ELSE 'unconfirmed' END AS status
         FROM (SELECT i, (i::bigint * 2654435761) % 4294967291 AS h FROM generate_series(0, $2 - 1) AS i) AS hashed
       ) AS picked`,
      [ORG.id, orderCount],
    );
    await client.query(
      `INSERT INTO "TelephoneNumber" (id, "organizationId", "subAccountId", tn, status, "productId", "rateCenter", state, "updatedAt")
       SELECT 'dash-n' || o.id, o."organizationId", o."subAccountId", (2000000000 + row_number() OVER ())::text,
         (CASE WHEN o.type = 'reserve' THEN 'reserved' WHEN o.status = 'completed' THEN 'active' ELSE 'pending' END)::"TelephoneNumberStatus",
         '2036', 'RATE CENTER ' || (abs(hashtext(o.id)) % 30), 'CO', now()
       FROM "Order" o WHERE o."organizationId" = $1 AND o.type IN ('reserve', 'install', 'port')`,
      [ORG.id],
    );
    await client.query(`INSERT INTO "OrderTelephoneNumber" ("orderId", "telephoneNumberId") SELECT substr(id, 7), id FROM "TelephoneNumber" WHERE "organizationId" = $1`, [ORG.id]);
    await client.query(
      `INSERT INTO "Notification" (id, "organizationId", "subAccountId", "orderId", source, "dedupeKey", "rawBody", "customerNumber", "voiceOrderId",
         "notificationCode", "notificationMessage", "lumenCreatedAt", outcome, "receivedAt", "lastReceivedAt")
       SELECT 'dash-ntf' || n || '-' || o.id, o."organizationId", o."subAccountId", o.id, (CASE WHEN n = 0 THEN 'webhook' ELSE 'poll' END)::"NotificationSource",
         'dash-' || n || '-' || o.id, '<PartnerNotification/>', '9-DASH-1', o."voiceOrderId", CASE WHEN n = 0 THEN 901 ELSE o."lumenCode" END,
         'Order received', o."createdAt" + n * interval '5 minutes', 'applied', o."createdAt" + n * interval '5 minutes', o."createdAt" + n * interval '5 minutes'
       FROM "Order" o, generate_series(0, 1) AS n WHERE o."organizationId" = $1`,
      [ORG.id],
    );
    // What autovacuum does on PostgreSQL after a bulk load; PGlite has no autovacuum.
    await client.query("ANALYZE");
  } finally {
    await client.end();
  }
  return (performance.now() - started) / 1000;
}

// ------------------------------------------------------------- the child: measuring

async function measure() {
  const { getDashboard } = await import("../lib/dashboard/get-dashboard");
  const { requireMembership } = await import("../lib/tenancy/require-membership");
  const { db } = await import("../lib/db/client");
  try {
    const series: Series[] = [];
    for (const who of Object.keys(USERS) as Array<keyof typeof USERS>) {
      const tenant = await requireMembership(ORG.slug, "viewer", { id: USERS[who] });
      for (const period of PERIODS) {
        for (let i = 0; i < 5; i++) await getDashboard(tenant, period); // warm-up: JIT, pool, plans
        const times: number[] = [];
        for (let i = 0; i < calls; i++) {
          const start = performance.now();
          await getDashboard(tenant, period);
          times.push(performance.now() - start);
        }
        const sorted = times.sort((a, b) => a - b);
        const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
        series.push({ who, period, median: at(0.5), p95: at(0.95) });
      }
    }
    console.log(JSON.stringify(series));
  } finally {
    await db().$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
