import path from "node:path";

// Everything the sandbox reads from the environment, parsed once. Tests build a config
// directly (port 0, a temp data dir) instead of touching process.env.

export interface SandboxConfig {
  port: number;
  host: string;
  dataDir: string;
  /** Virtual seconds per real second: 60 makes one real second a virtual minute. */
  timeScale: number;
  adminToken: string;
  /** Lifetime of an access token from POST /oauth/token, in virtual seconds. */
  tokenTtlSeconds: number;
  bodyLimitBytes: number;
  webhook: {
    maxAttempts: number;
    /** First retry after this many real milliseconds, doubling each attempt. */
    retryBaseMs: number;
    timeoutMs: number;
  };
  /** How long after the last change the state file is rewritten (real ms). */
  persistDelayMs: number;
}

export const DEFAULT_ADMIN_TOKEN = "sandbox-admin-token";

export function readSandboxConfig(env: NodeJS.ProcessEnv = process.env): SandboxConfig {
  return {
    port: readNumber(env.SANDBOX_PORT, 4010),
    host: env.SANDBOX_HOST ?? "127.0.0.1",
    dataDir: path.resolve(env.SANDBOX_DATA_DIR ?? ".data/sandbox"),
    timeScale: readNumber(env.SANDBOX_TIME_SCALE, 1),
    adminToken: env.SANDBOX_ADMIN_TOKEN || DEFAULT_ADMIN_TOKEN,
    tokenTtlSeconds: readNumber(env.SANDBOX_TOKEN_TTL_SECONDS, 3600),
    bodyLimitBytes: readNumber(env.SANDBOX_BODY_LIMIT_BYTES, 1024 * 1024),
    webhook: {
      maxAttempts: readNumber(env.SANDBOX_WEBHOOK_MAX_ATTEMPTS, 6),
      retryBaseMs: readNumber(env.SANDBOX_WEBHOOK_RETRY_BASE_MS, 1000),
      timeoutMs: readNumber(env.SANDBOX_WEBHOOK_TIMEOUT_MS, 5000),
    },
    persistDelayMs: readNumber(env.SANDBOX_PERSIST_DELAY_MS, 200),
  };
}

function readNumber(raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) {
    throw new Error(`Expected a non-negative number, got "${raw}"`);
  }
  return value;
}
