// npx tsx --conditions react-server scripts/notifications-bench.ts [orders=1000]
// Sustained notification ingestion: about 4.7 distinct notifications for each of `orders`
// orders (reservations 901, 10001, 10002 per rate center, 10002; installs 901, 1807, 901,
// 902; ports 901, 903, 904, 903, 902), fed by 4, 8 and 100 concurrent workers in the order
// Lumen would send them (every order's first notification, then every order's second …).
// Prints notifications per second and p50/p99 per notification. Goal: at least 500/s on
// PGlite and 1,000/s on PostgreSQL.
// Direct: ingestNotification called from a process of its own (as Next's server calls it).
// PGlite runs as `npm start` runs it: on disk, served over the Postgres protocol by
// lib/db/embedded-server.ts from this process. PostgreSQL is a fresh database on
// BENCH_POSTGRES_URL's server (default: the local one), dropped at the end;
// BENCH_POSTGRES_URL=skip leaves it out.
// Over HTTP: the same notifications as Lumen's XML, PUT /voice/notifications with Basic
// auth, against the portal as `npm start` runs it (next start, embedded PGlite, its own
// ports and data directory). BENCH_HTTP=skip leaves it out.
// BENCH_CPU_PROF=<directory> writes a V8 CPU profile of each ingesting process there.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { generateSecretKey, loadSecretKey, sealSecret } from "../lib/crypto/secret-box";
import { startEmbeddedDatabase } from "../lib/db/embedded-server";
import { migrateDatabase } from "../lib/db/migrate";
import type { IncomingNotification } from "../lib/notifications/incoming-notification";
import { buildPartnerNotificationXml } from "../lib/sandbox/notifications/partner-notification-xml";

const orderCount = Number(process.argv[3] ?? process.argv[2] ?? 1000);
// 4 and 8: a steady trickle, the next sent as soon as the last is answered (the rate is then
// bound by one group's latency); 100: a burst, as a poll page, Lumen's redeliveries after an
// outage or many orders finishing together bring them (the load test's bursts are 100 too).
const CONCURRENCIES = [4, 8, 100];
const postgresServerUrl = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres:postgres@127.0.0.1:5432/postgres";
const PORTAL_PORT = 3420;
const SANDBOX_PORT = 4420;

interface RoundResult {
  concurrency: number;
  notifications: number;
  seconds: number;
  p50: number;
  p99: number;
  /** CPU time of the process that sends (Prisma and the route, or the HTTP client), per notification. */
  senderCpuMs: number;
}

// ---------------------------------------------------------------- the parent: databases

async function main() {
  if (process.argv[2] === "ingest") return ingestRounds();

  const results: Array<{ database: string; rounds: RoundResult[] }> = [];
  let pgliteCpuMs = 0;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "notifications-bench-"));
  const embedded = await startEmbeddedDatabase({ dataDir: path.join(dataDir, "pglite") });
  try {
    await migrateDatabase(embedded.url);
    const serverCpu = process.cpuUsage();
    const { rounds, ingested } = await runChild(embedded.url);
    const { user, system } = process.cpuUsage(serverCpu);
    // Seeding the orders counts too: an upper bound.
    pgliteCpuMs = (user + system) / 1000 / ingested;
    results.push({ database: "PGlite (embedded, on disk, over TCP)", rounds });
  } finally {
    await embedded.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }

  if (postgresServerUrl !== "skip") {
    const name = `voice_portal_bench_${process.pid}`;
    const admin = new pg.Client({ connectionString: postgresServerUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    try {
      const url = new URL(postgresServerUrl);
      url.pathname = `/${name}`;
      await migrateDatabase(url.toString());
      results.push({ database: "PostgreSQL 15 (local)", rounds: (await runChild(url.toString())).rounds });
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  }

  if (process.env.BENCH_HTTP !== "skip") results.push({ database: "HTTP PUT, next start, PGlite", rounds: await overHttp() });

  console.log(`notification ingestion: ${os.cpus().length} CPUs, Node ${process.version}, ${orderCount} orders per round`);
  for (const { database, rounds } of results) {
    for (const r of rounds) {
      console.log(
        `${database.padEnd(38)} ${String(r.concurrency).padStart(3)} workers: ${Math.round(r.notifications / r.seconds)} notifications/s ` +
          `(${r.notifications} in ${r.seconds.toFixed(1)} s)   p50 ${r.p50.toFixed(1)} ms   p99 ${r.p99.toFixed(1)} ms   ` +
          `CPU ${r.senderCpuMs.toFixed(2)} ms/notification in the ${database.startsWith("HTTP") ? "load generator" : "ingesting process"}`,
      );
    }
  }
  console.log(`PGlite's own CPU (its server process): ${pgliteCpuMs.toFixed(2)} ms/notification`);
  console.log("goal: ≥ 500/s on PGlite, ≥ 1,000/s on PostgreSQL");
}

/** The measuring runs in its own process, with its own Prisma client, as the portal's server does. */
function runChild(databaseUrl: string): Promise<{ rounds: RoundResult[]; ingested: number }> {
  return new Promise((resolve, reject) => {
    const profile = process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
    const child = spawn(process.execPath, [...profile, "--conditions", "react-server", "--import", "tsx", "scripts/notifications-bench.ts", "ingest", String(orderCount)], {
      env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: "warn" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`the ingesting process exited with ${code}`));
      const line = output.trim().split("\n").pop() ?? "";
      resolve(JSON.parse(line) as { rounds: RoundResult[]; ingested: number });
    });
  });
}

// ------------------------------------------------------------------ the child: ingestion

async function ingestRounds() {
  const { ingestNotification } = await import("../lib/notifications/ingest-notification");
  const { db } = await import("../lib/db/client");
  const seeder = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await seeder.connect();
  try {
    // Warm-up: JIT, the connection pool, Prisma's query plans.
    const warmUp = await runRound(seeder, ingestNotification, "warm", Math.min(200, orderCount), 4);
    const rounds: RoundResult[] = [];
    for (const concurrency of CONCURRENCIES) rounds.push(await runRound(seeder, ingestNotification, `c${concurrency}`, orderCount, concurrency));
    console.log(JSON.stringify({ rounds, ingested: [warmUp, ...rounds].reduce((sum, r) => sum + r.notifications, 0) }));
  } finally {
    await seeder.end();
    await db().$disconnect();
  }
}

type Ingest = typeof import("../lib/notifications/ingest-notification").ingestNotification;

async function runRound(seeder: pg.Client, ingest: Ingest, label: string, orders: number, concurrency: number): Promise<RoundResult> {
  const org = await seedOrders(seeder, label, orders);
  return feed(seeder, org, orders, concurrency, (notification, i) =>
    ingest({ organizationId: org.id, source: i % 2 ? "webhook" : "poll", rawBody: "<PartnerNotification/>", notification }),
  );
}

/** Sends every notification of the organization's orders from `concurrency` workers, then checks the result. */
async function feed(
  seeder: pg.Client,
  org: { id: string; customerNumber: string },
  orders: number,
  concurrency: number,
  send: (notification: IncomingNotification, i: number) => Promise<unknown>,
): Promise<RoundResult> {
  const queue = notificationsFor(org.customerNumber, org.id, orders);
  const times: number[] = [];
  let next = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < queue.length) {
        const i = next++;
        const start = performance.now();
        await send(queue[i]!, i);
        times.push(performance.now() - start);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const { user, system } = process.cpuUsage(cpu);
  await verify(seeder, org.id, queue.length, orders);
  const sorted = times.sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { concurrency, notifications: queue.length, seconds, p50: at(0.5), p99: at(0.99), senderCpuMs: (user + system) / 1000 / queue.length };
}

const TYPES = ["reserve", "install", "port"] as const;

/**
 * An organization with `orders` accepted orders; installs and ports with two numbers each.
 * `webhook` gives it Basic webhook credentials. Its hourly poll stays out of the way.
 */
async function seedOrders(client: pg.Client, label: string, orders: number, webhook?: { principal: string; secretEnc: string }) {
  const id = `bench-${label}-${process.pid}`;
  const customerNumber = `9-BENCH-${label.toUpperCase()}-${process.pid}`;
  await client.query(
    `INSERT INTO "Organization" (id, slug, name, "customerNumber", "lumenBaseUrl", "notificationPollSeconds", "webhookAuthMode", "webhookPrincipal", "webhookSecretEnc", "updatedAt")
     VALUES ($1, $1, $1, $2, 'http://127.0.0.1:4010', 3600, 'basic', $3, $4, now())`,
    [id, customerNumber, webhook?.principal ?? null, webhook?.secretEnc ?? null],
  );
  await client.query(
    `INSERT INTO "Order" (id, "organizationId", type, "productId", status, "idempotencyKey", "externalOrderId", "voiceOrderId", request, "updatedAt")
     SELECT $1 || '-o' || i, $1, (ARRAY['reserve', 'install', 'port'])[i % 3 + 1]::"OrderType", '2036', 'accepted', $1 || '-k' || i, $1 || '-x' || i, $1 || '-v' || i, '{}', now()
     FROM generate_series(0, $2 - 1) AS i`,
    [id, orders],
  );
  await client.query(
    `INSERT INTO "TelephoneNumber" (id, "organizationId", tn, status, "updatedAt")
     SELECT $1 || '-n' || i || '-' || j, $1, (3030000000 + i * 2 + j)::text, 'pending', now()
     FROM generate_series(0, $2 - 1) AS i, generate_series(0, 1) AS j WHERE i % 3 <> 0`,
    [id, orders],
  );
  await client.query(
    `INSERT INTO "OrderTelephoneNumber" ("orderId", "telephoneNumberId")
     SELECT $1 || '-o' || i, $1 || '-n' || i || '-' || j FROM generate_series(0, $2 - 1) AS i, generate_series(0, 1) AS j WHERE i % 3 <> 0`,
    [id, orders],
  );
  return { id, customerNumber };
}

/** What each order hears, one second apart, ending complete; queued step by step across orders. */
function notificationsFor(customerNumber: string, organizationId: string, orders: number): IncomingNotification[] {
  const base = Date.now() - 86_400_000;
  const perOrder = Array.from({ length: orders }, (_, i) => {
    const voiceOrderId = `${organizationId}-v${i}`;
    const note = (step: number, notificationCode: number, extra: Partial<IncomingNotification> = {}): IncomingNotification => ({
      customerNumber,
      voiceOrderId,
      notificationCode,
      notificationMessage: `code ${notificationCode}`,
      lumenCreatedAt: new Date(base + i * 10_000 + step * 1000),
      ...extra,
    });
    const foc = (days: number) => new Date(Date.UTC(2026, 11, 1 + days));
    switch (TYPES[i % 3]) {
      case "reserve":
        return [
          note(0, 901),
          note(1, 10001, { notificationMessage: "The requested quantity exceeds the 8 telephone numbers available" }),
          note(2, 10002, { rateCenter: "DENVER", state: "CO" }),
          note(3, 10002, { rateCenter: "BOULDER", state: "CO" }),
          note(4, 10002),
        ];
      case "install":
        return [note(0, 901), note(1, 1807), note(2, 901), note(3, 902)];
      default:
        return [note(0, 901), note(1, 903, { focDate: foc(3) }), note(2, 904), note(3, 903, { focDate: foc(5) }), note(4, 902)];
    }
  });
  const queue: IncomingNotification[] = [];
  for (let step = 0; step < 5; step++) for (const list of perOrder) if (list[step]) queue.push(list[step]!);
  return queue;
}

/** Every notification stored once and applied, every order completed: a fast wrong answer is no answer. */
async function verify(client: pg.Client, organizationId: string, notifications: number, orders: number) {
  const { rows } = await client.query<{ stored: string; applied: string; completed: string }>(
    `SELECT (SELECT count(*) FROM "Notification" WHERE "organizationId" = $1) AS stored,
            (SELECT count(*) FROM "Notification" WHERE "organizationId" = $1 AND outcome = 'applied' AND deliveries = 1) AS applied,
            (SELECT count(*) FROM "Order" WHERE "organizationId" = $1 AND status = 'completed') AS completed`,
    [organizationId],
  );
  const row = rows[0]!;
  if (Number(row.stored) !== notifications || Number(row.applied) !== notifications || Number(row.completed) !== orders) {
    throw new Error(`ingestion went wrong: ${JSON.stringify(row)} for ${notifications} notifications and ${orders} orders`);
  }
}

// ------------------------------------------------------------ over HTTP: the webhook

/** The portal as `npm start` runs it; Lumen's side is this process, PUTting XML with Basic auth. */
async function overHttp(): Promise<RoundResult[]> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "notifications-bench-portal-"));
  const key = generateSecretKey();
  const portal = spawn(path.join("node_modules", ".bin", "tsx"), ["scripts/start.ts", "start"], {
    env: { ...process.env, PORTAL_DATA_DIR: dataDir, PORT: String(PORTAL_PORT), SANDBOX_PORT: String(SANDBOX_PORT), PORTAL_SECRET_KEY: key, DATABASE_URL: "", LUMEN_BASE_URL: "", LOG_LEVEL: "warn", PORTAL_JOBS: "off" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${PORTAL_PORT}/voice/notifications`;
  try {
    await waitFor(`http://127.0.0.1:${PORTAL_PORT}/login`);
    const { port } = JSON.parse(readFileSync(path.join(dataDir, "pglite.lock"), "utf8")) as { port: number };
    const seeder = new pg.Client({ connectionString: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres` });
    await seeder.connect();
    try {
      const rounds: RoundResult[] = [];
      for (const concurrency of [4, ...CONCURRENCIES]) {
        const label = `http${concurrency}-${rounds.length}`;
        const secret = `bench-secret-${label}`;
        const webhook = { principal: `lumen-${label}`, secretEnc: sealSecret(secret, loadSecretKey(key)) };
        const orders = rounds.length === 0 ? Math.min(200, orderCount) : orderCount; // the first round warms up
        const org = await seedOrders(seeder, label, orders, webhook);
        const authorization = `Basic ${Buffer.from(`${webhook.principal}:${secret}`).toString("base64")}`;
        const round = await feed(seeder, org, orders, concurrency, async (n) => {
          const response = await fetch(url, { method: "PUT", headers: { authorization, "content-type": "application/xml" }, body: partnerXml(n) });
          if (response.status !== 200) throw new Error(`PUT /voice/notifications → ${response.status}: ${(await response.text()).slice(0, 300)}`);
        });
        rounds.push(round);
      }
      return rounds.slice(1);
    } finally {
      await seeder.end();
    }
  } finally {
    portal.kill("SIGTERM");
    await new Promise((resolve) => portal.once("exit", resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function partnerXml(n: IncomingNotification): string {
  const status = { notificationCode: n.notificationCode, notificationMessage: n.notificationMessage };
  return buildPartnerNotificationXml({
    orderNumber: n.voiceOrderId,
    customerNumber: n.customerNumber,
    customerName: "Bench",
    ...status,
    ...(n.rateCenter && { rateCenterOrderStatus: { rateCenter: n.rateCenter, state: n.state ?? "", ...status } }),
    ...(n.focDate && { focDate: n.focDate.toISOString() }),
    ...(n.lumenCreatedAt && { notificationDateTime: `${n.lumenCreatedAt.toISOString().slice(0, 19)}Z` }),
  });
}

async function waitFor(url: string) {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not come up`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
