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
// accepts gzip as a browser does; the portal compresses JSON answers of 1 KB or more
// (lib/http/json-answer.ts), and both of the bench's answers are smaller.
// BENCH_COMPARE=<another checkout, built> also starts the portal of that checkout (on
// PGlite, with the same sandbox) and sends each call to it too, in turn with the others:
// on this shared machine, whose speed drifts by half from one minute to the next, two
// builds compare fairly only within one run.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { sessionSecret } from "../lib/auth/session-secret";
import { generateSecretKey, loadSecretKey, sealSecret } from "../lib/crypto/secret-box";

const calls = Number(process.argv[2] ?? 1000);
const SANDBOX_PORT = 4410;
const sandboxUrl = `http://127.0.0.1:${SANDBOX_PORT}`;
const ACME = { customerNumber: "1-ABC-23", clientId: "acme-sandbox-client", clientSecret: "acme-sandbox-secret" };
const ACTIVE_TNS = Array.from({ length: 30 }, (_, i) => String(3039740101 + i));

interface RunningPortal {
  url: string;
  cookie: string;
  stop(): Promise<void>;
}

/** A portal as `npm start` runs it from `checkout`, its organization and owner seeded, with a session cookie. */
async function startPortal(checkout: string, port: number, databaseUrl: string): Promise<RunningPortal> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "portal-bench-"));
  const key = generateSecretKey();
  const portal = spawn(path.join("node_modules", ".bin", "tsx"), ["scripts/start.ts", "start"], {
    cwd: checkout,
    env: { ...process.env, PORTAL_DATA_DIR: dataDir, PORT: String(port), SANDBOX_PORT: String(SANDBOX_PORT), PORTAL_SECRET_KEY: key, SANDBOX_TIME_SCALE: "100000", SANDBOX_TOKEN_TTL_SECONDS: "1000000000", SANDBOX_PERSIST_DELAY_MS: "3600000", DATABASE_URL: databaseUrl, LUMEN_BASE_URL: "", LOG_LEVEL: "warn", PORTAL_JOBS: "off" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const stop = async () => {
    if (portal.exitCode === null && portal.signalCode === null) {
      portal.kill("SIGTERM");
      await new Promise((resolve) => portal.once("exit", resolve));
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const url = `http://127.0.0.1:${port}`;
    await waitFor(`${url}/login`);
    const { userId } = await seed(databaseUrl || embeddedUrlOf(dataDir), key);
    const cookie = `next-auth.session-token=${await encode({ token: { sub: userId }, secret: sessionSecret({ PORTAL_SECRET_KEY: key })! })}`;
    return { url, cookie, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function main() {
  const portals: RunningPortal[] = [];
  try {
    // The first portal starts the sandbox; a compared portal finds it running and uses it.
    portals.push(await startPortal(process.cwd(), 3400, process.env.BENCH_DATABASE_URL ?? ""));
    if (process.env.BENCH_COMPARE) portals.push(await startPortal(path.resolve(process.env.BENCH_COMPARE), 3401, ""));
    const slug = "bench";
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
        portal: (i: number, { url, cookie }: RunningPortal) => call(`${url}/api/orgs/${slug}/lumen/rate-centers?${rateCentersQuery}`, { headers: { cookie, ...encoding } }),
      },
      "POST change order": {
        direct: (i: number) =>
          call(`${sandboxUrl}/Voice/v1/Numbers/order/change`, { method: "POST", headers: { ...lumenHeaders, "content-type": "application/json" }, body: JSON.stringify(change(i)) }),
        portal: (i: number, { url, cookie }: RunningPortal) =>
          call(`${url}/api/orgs/${slug}/orders`, {
            method: "POST",
            headers: { cookie, "content-type": "application/json", ...encoding },
            body: JSON.stringify({ type: "change", idempotencyKey: `bench-${Date.now()}-${i}`, request: change(i + 7) }),
          }),
      },
    };
    // "portal" is this checkout's portal, "compared" the one BENCH_COMPARE names.
    const sides = ["direct", "portal", "compared"].slice(0, portals.length + 1);
    const results: Record<string, { median: number; p99: number }> = {};
    const only = process.env.BENCH_SERIES ? new RegExp(process.env.BENCH_SERIES) : null;
    for (const [kind, { direct, portal }] of Object.entries(kinds).filter(([kind]) => !only || only.test(kind))) {
      // Each side changes other numbers than the others (a number with a change in flight refuses another).
      const send = (side: string, i: number) => (side === "direct" ? direct(i) : side === "portal" ? portal(i, portals[0]!) : portal(i + 10, portals[1]!));
      for (let i = 0; i < 50; i++) await Promise.all(sides.map((side) => send(side, i))); // warm-up: JIT, connection pools, Next's route compilation
      // The sides take turns (which goes first rotates too), so that a slow patch of this
      // shared machine weighs on every series alike.
      const times = new Map(sides.map((side) => [side, [] as number[]]));
      for (let i = 0; i < calls; i++) {
        for (let turn = 0; turn < sides.length; turn++) {
          const side = sides[(i + turn) % sides.length]!;
          const start = performance.now();
          await send(side, i);
          times.get(side)!.push(performance.now() - start);
        }
      }
      for (const [side, series] of times) results[`${kind}, ${side}`] = summarize(series);
    }

    const database = process.env.BENCH_DATABASE_URL ? "PostgreSQL (BENCH_DATABASE_URL)" : "embedded PGlite";
    const answers = process.env.BENCH_ENCODING ? `portal answers with accept-encoding: ${process.env.BENCH_ENCODING}` : "accepting gzip as a browser does";
    const compared = process.env.BENCH_COMPARE ? `, compared with ${process.env.BENCH_COMPARE} (embedded PGlite)` : "";
    console.log(`portal overhead: ${os.cpus().length} CPUs, Node ${process.version}, ${calls} sequential calls per series, ${sides.join(", ")} in turn, ${database}, ${answers}${compared}`);
    for (const [name, { median, p99 }] of Object.entries(results)) console.log(`${name.padEnd(30)} median ${median.toFixed(2)} ms   p99 ${p99.toFixed(2)} ms`);
    for (const kind of ["GET rate centers", "POST change order"]) {
      const direct = results[`${kind}, direct`];
      if (!direct) continue;
      for (const side of sides.slice(1)) {
        const viaPortal = results[`${kind}, ${side}`]!;
        const label = side === "portal" ? `${kind}: added` : `${kind}: compared adds`;
        console.log(`${label.padEnd(30)} median ${(viaPortal.median - direct.median).toFixed(2)} ms   p99 ${(viaPortal.p99 - direct.p99).toFixed(2)} ms   (goal: median < 5 ms)`);
      }
    }
  } finally {
    for (const portal of portals.reverse()) await portal.stop();
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
async function seed(databaseUrl: string, key: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
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
