import "server-only";
import { db } from "@/lib/db/client";

/** True until the first owner exists; `/setup` is open only then. */
export async function isFirstRun(): Promise<boolean> {
  return (await db().user.count()) === 0;
}
