// npx tsx scripts/sandbox-bench.ts [seconds=5] [concurrency=32]
// Throughput of the sandbox over loopback HTTP with keep-alive: GET rateCenters per
// second (goal ≥ 2,000) and accepted reservation orders per second (goal ≥ 500). The
// sandbox runs in its own process, as `npm run sandbox` would, so the load generator
// does not share its event loop.
import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const seconds = Number(process.argv[2] ?? 5);
const concurrency = Number(process.argv[3] ?? 32);
const adminToken = "bench-admin-token";

interface Reply {
  status: number;
  body: string;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });

function request(port: number, method: string, pathname: string, headers: Record<string, string>, body?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, method, path: pathname, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Runs `call` from `concurrency` loops for `durationMs`; counts answers with `okStatus`. */
async function measure(durationMs: number, okStatus: number, call: (i: number) => Promise<Reply>) {
  let ok = 0;
  let failed = 0;
  let counter = 0;
  const deadline = Date.now() + durationMs;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < deadline) {
        const reply = await call(counter++);
        if (reply.status === okStatus) ok++;
        else failed++;
      }
    }),
  );
  const elapsed = (Date.now() - started) / 1000;
  return { perSecond: Math.round(ok / elapsed), ok, failed };
}

async function main() {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sandbox-bench-"));
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/sandbox.ts"], {
    env: { ...process.env, SANDBOX_PORT: String(port), SANDBOX_DATA_DIR: dataDir, SANDBOX_ADMIN_TOKEN: adminToken },
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    for (let tries = 0; ; tries++) {
      const up = await request(port, "GET", "/_sandbox/health", {}).catch(() => null);
      if (up?.status === 200) break;
      if (tries > 100) throw new Error("The sandbox did not start");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const admin = { authorization: `Bearer ${adminToken}`, "content-type": "application/json" };
    // No webhook receivers: delivery attempts to nowhere would only add noise.
    for (const customer of ["1-ABC-23", "2-B6-7890"]) await request(port, "PUT", `/_sandbox/customers/${customer}/webhook`, admin, "null");

    const basic = Buffer.from("acme-sandbox-client:acme-sandbox-secret").toString("base64");
    const token = JSON.parse(
      (
        await request(
          port,
          "POST",
          "/oauth/token",
          { authorization: `Basic ${basic}`, "content-type": "application/x-www-form-urlencoded" },
          "grant_type=client_credentials",
        )
      ).body,
    ).access_token as string;
    const voice = { authorization: `Bearer ${token}`, "x-customer-number": "1-ABC-23" };

    const getRateCenters = () => request(port, "GET", "/Voice/v1/Numbers/rateCenters?productID=2036&state=CO", voice);
    const postReservation = (i: number) =>
      request(
        port,
        "POST",
        "/Voice/v1/Numbers/orderInventory",
        { ...voice, "content-type": "application/json" },
        JSON.stringify({
          productID: "2036",
          externalOrderID: `bench-${i}`,
          rateCenters: [{ rateCenter: "DENVER", state: "CO", quantity: 1 }],
        }),
      );

    await measure(1000, 200, getRateCenters); // warm-up: JIT, sockets
    const lookups = await measure(seconds * 1000, 200, getRateCenters);
    await measure(1000, 200, postReservation);
    const orders = await measure(seconds * 1000, 200, postReservation);

    console.log(`sandbox bench: ${os.cpus().length} CPUs, Node ${process.version}, ${concurrency} concurrent keep-alive requests, ${seconds}s each`);
    console.log(`GET rateCenters:            ${lookups.perSecond} req/s (${lookups.ok} ok, ${lookups.failed} failed; goal ≥ 2000)`);
    console.log(`POST orderInventory (200):  ${orders.perSecond} orders/s (${orders.ok} ok, ${orders.failed} failed; goal ≥ 500)`);
  } finally {
    agent.destroy();
    child.kill("SIGTERM");
    await new Promise((resolve) => child.once("exit", resolve));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
