// Writes lib/lumen/openapi.yaml from the operation table and zod schemas, then the client
// types lib/lumen/generated/openapi.ts from that YAML. Run after changing either.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { GENERATED_TYPES_PATH, OPENAPI_YAML_PATH, renderOpenApiTypes, renderOpenApiYaml } from "../lib/lumen/openapi-types";

async function main() {
  const root = path.resolve(__dirname, "..");
  const yamlPath = path.join(root, OPENAPI_YAML_PATH);
  const typesPath = path.join(root, GENERATED_TYPES_PATH);
  await writeFile(yamlPath, renderOpenApiYaml());
  await mkdir(path.dirname(typesPath), { recursive: true });
  await writeFile(typesPath, await renderOpenApiTypes(await readFile(yamlPath, "utf8")));
  console.log(`wrote ${OPENAPI_YAML_PATH} and ${GENERATED_TYPES_PATH}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
