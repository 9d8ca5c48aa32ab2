import "server-only";
import { connection } from "next/server";
import { db } from "@/lib/db/client";

/** True until the first owner exists; `/setup` is open only then. */
export async function isFirstRun(): Promise<boolean> {
  // Decided per request, never frozen into a page at build time (where the answer
  // would be "yes, set up" forever, or the build would need a database).
  await connection();
  return (await db().user.count()) === 0;
}
