import "server-only";
import pg from "pg";
import PgBoss from "pg-boss";
import { sendPendingMail } from "@/lib/alerts/send-pending-mail";
import { FOLD_ORDER_COUNTS_QUEUE, foldOrderCounts } from "@/lib/dashboard/fold-order-counts";
import { logger } from "@/lib/log/logger";
import { POLL_QUEUE, START_POLLS_QUEUE, startMissingPolls, workOnPolls } from "./poll-notifications-job";
import { EVERY_HOUR, STATISTICS_QUEUE, refreshPlannerStatistics } from "./refresh-planner-statistics";
import { SWEEP_QUEUE, sweepStuckOrders } from "./sweep-stuck-orders";

// The portal's background work on pg-boss (docs/decisions/0006-background-jobs.md): a
// queue in the portal's own database, in pg-boss's schema `pgboss`, shared by every
// portal instance. Each job runs on one instance; recurring ones are scheduled by cron,
// which pg-boss fires once a minute across all instances together.

const MAIL_QUEUE = "send-pending-mail";
const EVERY_MINUTE = "* * * * *";

export interface JobRunner {
  boss: PgBoss;
  /** One connection for the short locked transactions that start poll chains. */
  pool: pg.Pool;
  stop(): Promise<void>;
}

export interface JobRunnerOptions {
  connectionString: string;
  /**
   * The cron jobs (starting polls, the stuck-order sweep, mail, folding the dashboard's
   * order counts, planner statistics); on by default. Off for a
   * runner that only works on jobs queued by hand, as tests that share a database do.
   */
  recurring?: boolean;
}

export async function startJobRunner({ connectionString, recurring = true }: JobRunnerOptions): Promise<JobRunner> {
  const boss = new PgBoss({
    connectionString,
    application_name: "voice-portal-jobs",
    // Beside Prisma's pool of 10 and one connection for starting poll chains; the embedded
    // database serves 64 connections in all.
    max: 4,
    schedule: recurring,
  });
  const logError = (error: Error) => logger.error({ error: error.message }, "background jobs: database error");
  boss.on("error", logError);
  await boss.start();

  await createQueue(boss, { name: POLL_QUEUE, policy: "stately", expireInSeconds: 5 * 60, retryLimit: 0 });
  // `singleton`: one run at a time across instances; a run that overlaps the next minute delays it.
  for (const name of [START_POLLS_QUEUE, SWEEP_QUEUE, MAIL_QUEUE, STATISTICS_QUEUE, FOLD_ORDER_COUNTS_QUEUE]) {
    await createQueue(boss, { name, policy: "singleton", expireInSeconds: 5 * 60, retryLimit: 0 });
  }
  const pool = new pg.Pool({ connectionString, max: 1, application_name: "voice-portal-jobs" });
  // An idle connection that breaks is reported, not thrown: the next use opens another.
  pool.on("error", logError);
  await workOnPolls(boss, pool);

  if (recurring) {
    await boss.work(SWEEP_QUEUE, async () => sweepStuckOrders());
    await boss.work(MAIL_QUEUE, async () => sendPendingMail());
    await boss.work(STATISTICS_QUEUE, async () => refreshPlannerStatistics());
    await boss.work(FOLD_ORDER_COUNTS_QUEUE, async () => foldOrderCounts());
    for (const name of [START_POLLS_QUEUE, SWEEP_QUEUE, MAIL_QUEUE, FOLD_ORDER_COUNTS_QUEUE]) await boss.schedule(name, EVERY_MINUTE);
    await boss.schedule(STATISTICS_QUEUE, EVERY_HOUR);
    // Polls start now rather than at the next minute.
    await startMissingPolls(boss, pool);
  }

  return {
    boss,
    pool,
    // Waits for running jobs (each is short and safe to cut: a poll moves its cursor only
    // past what it stored), at most the timeout; what was not done is taken up again.
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
      await pool.end();
    },
  };
}

/**
 * Creating a queue that exists changes nothing. The first creation adds a partition to
 * pg-boss's job table, and two instances doing that at once can deadlock on PostgreSQL;
 * it aborts one of them, whose second try finds the queue made.
 */
async function createQueue(boss: PgBoss, queue: PgBoss.Queue): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await boss.createQueue(queue.name, queue);
    } catch (error) {
      const deadlock = (error as { code?: string }).code === "40P01";
      if (!deadlock || attempt === 3) throw error;
    }
  }
}
