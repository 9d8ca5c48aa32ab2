import "server-only";
import { requireDatabaseUrl } from "@/lib/db/database-url";
import { logger } from "@/lib/log/logger";
import { startJobRunner, type JobRunner } from "./job-runner";

// One job runner per portal process, started by instrumentation.ts when the server
// starts. Next's dev server evaluates modules again on changes, so the runner is kept on
// globalThis like the Prisma client; a second register() finds it and starts nothing.
const globalForJobs = globalThis as unknown as { voicePortalJobs?: Promise<JobRunner> };

export function startPortalJobs(): Promise<JobRunner> {
  globalForJobs.voicePortalJobs ??= start();
  return globalForJobs.voicePortalJobs;
}

async function start(): Promise<JobRunner> {
  const runner = await startJobRunner({ connectionString: requireDatabaseUrl() });
  logger.info("background jobs started (notification polls, stuck-order sweep, outbox mail, order counts, statistics)");
  // Next stops its server on these signals and exits; stopping here at the same moment
  // means no new job starts, and the running one ends within the shutdown when it can.
  // What does not finish is safe: a job left active is taken up again after it expires.
  const stop = () => {
    void runner.stop().catch((error: unknown) => logger.warn({ error: String(error) }, "background jobs did not stop cleanly"));
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
  return runner;
}
