import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";

// End-to-end tests drive Debian's Chromium (Playwright cannot download its own here)
// against the portal started exactly as a newcomer starts it: `npm start` on its
// embedded defaults, in a fresh data directory, with the sandbox on its own port.

const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromiumPath)) {
  throw new Error(`No Chromium at ${chromiumPath}. Install it (apt-get install chromium) or set CHROMIUM_PATH.`);
}

export const E2E_DATA_DIR = ".data/e2e";
// Overridable so two checkouts can run their end-to-end tests side by side.
const PORT = Number(process.env.E2E_PORTAL_PORT ?? 3100);
const SANDBOX_PORT = process.env.E2E_SANDBOX_PORT ?? "4110";

export default defineConfig({
  testDir: "e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromiumPath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium", viewport: { width: 1280, height: 800 } } }],
  webServer: {
    command: `rm -rf ${E2E_DATA_DIR} && npm start`,
    url: `http://localhost:${PORT}/login`,
    timeout: 600_000,
    reuseExistingServer: false,
    // Lets the launcher stop Next.js, the sandbox and the embedded database cleanly.
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    stdout: "pipe",
    env: {
      PORT: String(PORT),
      PORTAL_DATA_DIR: E2E_DATA_DIR,
      SANDBOX_PORT,
      E2E_SANDBOX_PORT: SANDBOX_PORT,
      DATABASE_URL: "",
      LUMEN_BASE_URL: "",
      PORTAL_SECRET_KEY: "",
      NEXTAUTH_URL: `http://localhost:${PORT}`,
    },
  },
});
