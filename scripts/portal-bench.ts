// npx tsx scripts/portal-bench.ts [calls=1000]
// What the portal adds on top of Lumen: the same GET (rate centers) and the same order
// POST (a CNAM change) sent straight to the sandbox and through the portal's route
// handlers (session, tenant, validation, write-first order rows, response validation),
// sequentially (a direct call and a portal call in turn), median and p99 of each. Goal:
// under 5 ms added at the median.
// The portal runs as `npm start` does (next start, embedded PGlite), on its own ports and
// data directory; the sandbox's clock runs fast so every change order completes at once,
// and it saves its state once an hour instead of every 200 ms (its saves, of a state
// growing with every order, took the same two cores from the portal as the run went on).
// BENCH_DATABASE_URL runs it on an empty PostgreSQL database instead of PGlite;
// BENCH_SERIES=<regex> runs only the kinds of call whose names match ("GET" or "POST");
// BENCH_ENCODING=identity asks the portal for uncompressed answers. By default the bench
// accepts gzip as a browser does, and the portal compresses JSON over 1 KB (Next's
// `compress`) where the sandbox compresses nothing: the difference is what gzip costs.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { sessionSecret } from "../lib/auth/session-secret";
import { generateSecretKey, loadSecretKey, sealSecret } from "../lib/crypto/secret-box";

const calls = Number(process.argv[2] ?? 1000);
const PORT = 3400;
const SANDBOX_PORT = 4410;
const portalUrl = `http://127.0.0.1:${PORT}`;
const sandboxUrl = `http://127.0.0.1:${SANDBOX_PORT}`;
const ACME = { customerNumber: "1-ABC-23", clientId: "acme-sandbox-client", clientSecret: "acme-sandbox-secret" };
const ACTIVE_TNS = Array.from({ length: 30 }, (_, i) => String(3039740101 + i));

async function main() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "portal-bench-"));
  const key = generateSecretKey();
  const portal = spawn(path.join("node_modules", ".bin", "tsx"), ["scripts/start.ts", "start"], {
    env: { ...process.env, PORTAL_DATA_DIR: dataDir, PORT: String(PORT), SANDBOX_PORT: String(SANDBOX_PORT), PORTAL_SECRET_KEY: key, SANDBOX_TIME_SCALE: "100000", SANDBOX_TOKEN_TTL_SECONDS: "1000000000", SANDBOX_PERSIST_DELAY_MS: "3600000", DATABASE_URL: process.env.BENCH_DATABASE_URL ?? "", LUMEN_BASE_URL: "", LOG_LEVEL: "warn", PORTAL_JOBS: "off" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    await waitFor(`${portalUrl}/login`);
    const { slug, userId } = await seed(dataDir, key);
    const cookie = `next-auth.session-token=${await encode({ token: { sub: userId }, secret: sessionSecret({ PORTAL_SECRET_KEY: key })! })}`;
    const token = await sandboxToken();
    const lumenHeaders = { authorization: `Bearer ${token}`, "x-customer-number": ACME.customerNumber };
    // Nobody listens for the seeded webhooks here; keep the sandbox from retrying them.
    await fetch(`${sandboxUrl}/_sandbox/customers/${ACME.customerNumber}/webhook`, {
      method: "PUT",
      headers: { authorization: "Bearer sandbox-admin-token", "content-type": "application/json" },
      body: "null",
    });

    const encoding: Record<string, string> = process.env.BENCH_ENCODING ? { "accept-encoding": process.env.BENCH_ENCODING } : {};
    const rateCentersQuery = "productID=2036&state=CO&pageSize=10";
    const change = (i: number) => ({ productID: "2036", tnList: [ACTIVE_TNS[i % ACTIVE_TNS.length]], cnam: { customerName: `BENCH ${i % 1000}`, blockCustomerName: "N" } });
    const kinds = {
      "GET rate centers": {
        direct: () => call(`${sandboxUrl}/Voice/v1/Numbers/rateCenters?${rateCentersQuery}`, { headers: lumenHeaders }),
        portal: () => call(`${portalUrl}/api/orgs/${slug}/lumen/rate-centers?${rateCentersQuery}`, { headers: { cookie, ...encoding } }),
      },
      "POST change order": {
        direct: (i: number) =>
          call(`${sandboxUrl}/Voice/v1/Numbers/order/change`, { method: "POST", headers: { ...lumenHeaders, "content-type": "application/json" }, body: JSON.stringify(change(i)) }),
        portal: (i: number) =>
          call(`${portalUrl}/api/orgs/${slug}/orders`, {
            method: "POST",
            headers: { cookie, "content-type": "application/json", ...encoding },
            body: JSON.stringify({ type: "change", idempotencyKey: `bench-${Date.now()}-${i}`, request: change(i + 7) }),
          }),
      },
    };
    const results: Record<string, { median: number; p99: number }> = {};
    const only = process.env.BENCH_SERIES ? new RegExp(process.env.BENCH_SERIES) : null;
    for (const [kind, { direct, portal }] of Object.entries(kinds).filter(([kind]) => !only || only.test(kind))) {
      for (let i = 0; i < 50; i++) await Promise.all([direct(i), portal(i)]); // warm-up: JIT, connection pools, Next's route compilation
      // Direct and portal calls take turns (which goes first alternates too), so that a slow
      // patch of this shared machine weighs on both series alike.
      const times = { direct: [] as number[], portal: [] as number[] };
      for (let i = 0; i < calls; i++) {
        for (const side of i % 2 ? (["portal", "direct"] as const) : (["direct", "portal"] as const)) {
          const start = performance.now();
          await (side === "direct" ? direct(i) : portal(i));
          times[side].push(performance.now() - start);
        }
      }
      results[`${kind}, direct`] = summarize(times.direct);
      results[`${kind}, portal`] = summarize(times.portal);
    }

    const database = process.env.BENCH_DATABASE_URL ? "PostgreSQL (BENCH_DATABASE_URL)" : "embedded PGlite";
    const answers = process.env.BENCH_ENCODING ? `portal answers with accept-encoding: ${process.env.BENCH_ENCODING}` : "portal answers gzipped as a browser gets them";
    console.log(`portal overhead: ${os.cpus().length} CPUs, Node ${process.version}, ${calls} sequential calls per series, direct and portal in turn, ${database}, ${answers}`);
    for (const [name, { median, p99 }] of Object.entries(results)) console.log(`${name.padEnd(28)} median ${median.toFixed(2)} ms   p99 ${p99.toFixed(2)} ms`);
    for (const kind of ["GET rate centers", "POST change order"]) {
      const direct = results[`${kind}, direct`];
      const viaPortal = results[`${kind}, portal`];
      if (!direct || !viaPortal) continue;
      console.log(`${`${kind}: added`.padEnd(28)} median ${(viaPortal.median - direct.median).toFixed(2)} ms   p99 ${(viaPortal.p99 - direct.p99).toFixed(2)} ms   (goal: median < 5 ms)`);
    }
  } finally {
    portal.kill("SIGTERM");
    await new Promise((resolve) => portal.once("exit", resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function call(url: string, init: RequestInit = {}): Promise<void> {
  const response = await fetch(url, init);
  const text = await response.text();
  if (!response.ok) throw new Error(`${init.method ?? "GET"} ${url} → ${response.status}: ${text.slice(0, 300)}`);
}

function summarize(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p99: at(0.99) };
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

async function sandboxToken(): Promise<string> {
  const response = await fetch(`${sandboxUrl}/oauth/token`, {
    method: "POST",
    headers: { authorization: `Basic ${Buffer.from(`${ACME.clientId}:${ACME.clientSecret}`).toString("base64")}`, "content-type": "application/x-www-form-urlencoded" },
    body: "grant_type=client_credentials",
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

function embeddedUrlOf(dataDir: string): string {
  const { port } = JSON.parse(readFileSync(path.join(dataDir, "pglite.lock"), "utf8")) as { port: number };
  return `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`;
}

/** An organization that is Acme at the sandbox, and its owner, straight into the database. */
async function seed(dataDir: string, key: string) {
  const client = new pg.Client({ connectionString: process.env.BENCH_DATABASE_URL ?? embeddedUrlOf(dataDir) });
  await client.connect();
  const secretKey = loadSecretKey(key);
  try {
    await client.query(
      `INSERT INTO "Organization" (id, slug, name, "customerNumber", "lumenBaseUrl", "clientIdEnc", "clientSecretEnc", "updatedAt")
       VALUES ('bench-org', 'bench', 'Bench', $1, $2, $3, $4, now())`,
      [ACME.customerNumber, sandboxUrl, sealSecret(ACME.clientId, secretKey), sealSecret(ACME.clientSecret, secretKey)],
    );
    await client.query(`INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES ('bench-user', 'bench@example.test', 'Bench', '!', now())`);
    await client.query(`INSERT INTO "Membership" (id, "userId", "organizationId", role, "updatedAt") VALUES ('bench-m', 'bench-user', 'bench-org', 'owner', now())`);
  } finally {
    await client.end();
  }
  return { slug: "bench", userId: "bench-user" };
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
