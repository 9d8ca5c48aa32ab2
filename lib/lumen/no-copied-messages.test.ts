// (d) Lumen's messages are written once, in codes-table.ts. Any other file of the project
// that spells one out has copied it and will drift; look it up with getLumenCode instead.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LUMEN_CODE_ROWS } from "./codes-table";

const root = path.resolve(__dirname, "../..");
const TABLE = "lib/lumen/codes-table.ts";
const SOURCE_FILE = /\.(ts|tsx|js|mjs|cjs|json|md|ya?ml|sql|prisma|css|html|xml|txt)$/;

function projectFiles(): string[] {
  // Tracked files plus new ones not yet committed (but not ignored ones such as node_modules).
  const listing = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], { cwd: root, encoding: "utf8" });
  return listing
    .split("\n")
    .filter((file) => SOURCE_FILE.test(file) && file !== TABLE && file !== "package-lock.json")
    .filter((file) => existsSync(path.join(root, file)));
}

describe("Lumen messages", () => {
  it("appear nowhere but codes-table.ts", () => {
    const messages = [...new Set(LUMEN_CODE_ROWS.map((row) => row.message))];
    const copies = projectFiles().flatMap((file) => {
      const text = readFileSync(path.join(root, file), "utf8");
      return messages.filter((message) => text.includes(message)).map((message) => `${file}: ${message}`);
    });
    expect(copies).toEqual([]);
  });
});
