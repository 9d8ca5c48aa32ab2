import { defineConfig } from "vitest/config";
import path from "node:path";

// Unit tests sit beside their code (`*.test.ts`); integration tests that need the
// database use the global setup, which starts an embedded database (or uses
// DATABASE_URL) and applies the migrations once for the whole run.
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      "server-only": path.resolve(import.meta.dirname, "test/server-only-stub.ts"),
    },
  },
  test: {
    environment: "node",
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", "e2e/**", ".next/**", ".data/**"],
    globalSetup: ["./test/global-setup.ts"],
    setupFiles: ["./test/setup-env.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
