// npm run sandbox — starts the Lumen Voice API simulator (lib/sandbox) on SANDBOX_PORT
// (default 4010). See lib/sandbox/README.md for the environment, fixtures and admin API.
import { DEFAULT_ADMIN_TOKEN, readSandboxConfig } from "../lib/sandbox/config";
import { startSandboxServer } from "../lib/sandbox/http/server";

async function main() {
  const config = readSandboxConfig();
  const server = await startSandboxServer(config);
  console.log(`[sandbox] Lumen Voice API simulator on ${server.url} (data in ${config.dataDir})`);
  console.log(`[sandbox] virtual clock ${server.sandbox.clock.scale}x, now ${new Date(server.sandbox.clock.now()).toISOString()}`);
  if (config.adminToken === DEFAULT_ADMIN_TOKEN) {
    console.log(`[sandbox] admin API at ${server.url}/_sandbox with the default token "${DEFAULT_ADMIN_TOKEN}"`);
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`[sandbox] ${signal}: saving state and stopping`);
    await server.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error) => {
  console.error("[sandbox] failed to start:", error);
  process.exit(1);
});
