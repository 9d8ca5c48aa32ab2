// `prisma generate` needs no database and no engine binary, but Prisma's CLI tries to
// download its schema engine unless PRISMA_SCHEMA_ENGINE_BINARY names an existing
// file. This network cannot reach Prisma's servers, so point it at this script.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const result = spawnSync("npx", ["prisma", "generate"], {
  stdio: "inherit",
  env: { PRISMA_SCHEMA_ENGINE_BINARY: fileURLToPath(import.meta.url), ...process.env },
});
process.exit(result.status ?? 1);
