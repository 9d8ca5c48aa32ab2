import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { generateSecretKey } from "../lib/crypto/secret-box";

// Where the embedded default keeps its files: the PGlite database, the sandbox's state
// and the generated secret key. PORTAL_DATA_DIR moves all of it (the end-to-end tests
// use a fresh one).
export const dataDir = path.resolve(process.env.PORTAL_DATA_DIR ?? ".data");

/**
 * PORTAL_SECRET_KEY when set; otherwise the key generated into the data directory on
 * first run. Losing that file makes stored credentials unreadable, so say so once.
 */
export function ensureSecretKey(log: (line: string) => void): string {
  if (process.env.PORTAL_SECRET_KEY) return process.env.PORTAL_SECRET_KEY;
  const keyFile = path.join(dataDir, "secret.key");
  if (existsSync(keyFile)) return readFileSync(keyFile, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const key = generateSecretKey();
  writeFileSync(keyFile, `${key}\n`, { mode: 0o600 });
  log(`Generated a new secret key in ${keyFile}. It encrypts stored Lumen credentials: back it up, or set PORTAL_SECRET_KEY.`);
  return key;
}
