import "server-only";
import type pg from "pg";
import type PgBoss from "pg-boss";
import { db } from "@/lib/db/client";
import { logger } from "@/lib/log/logger";
import { pollOrganizationNotifications, type PollResult } from "@/lib/notifications/poll-notifications";
import { nextPollDelaySeconds } from "./poll-backoff";

// Each organization with Lumen credentials has one chain of poll jobs: a job polls, then
// queues the next one `notificationPollSeconds` later (more after failures, see
// poll-backoff.ts). The queue is `stately` with the organization's id as singleton key,
// so pg-boss holds at most one waiting and one running poll per organization across all
// portal instances, and a waiting one cannot start while another runs. The count of
// failures in a row travels in the job's data: the backoff state lives in the database
// with the chain, and every instance sees the same.

export const POLL_QUEUE = "poll-notifications";
/** Starts chains that are missing: organizations that just got credentials, or whose chain ended. */
export const START_POLLS_QUEUE = "start-notification-polls";

export interface PollJobData {
  organizationId: string;
  failuresInARow: number;
}

export interface PollJobOutcome {
  result: PollResult | { status: "failed"; error: string } | { status: "skipped"; reason: "no_organization" };
  /** The chain's next job; null ends it (no organization, no credentials). */
  next: { data: PollJobData; delaySeconds: number } | null;
}

/** One poll job: polls, and says when the next one runs. Never throws for Lumen's failures. */
export async function runPollJob(data: PollJobData): Promise<PollJobOutcome> {
  const { organizationId } = data;
  const org = await db().organization.findUnique({ where: { id: organizationId }, select: { notificationPollSeconds: true } });
  if (!org) return { result: { status: "skipped", reason: "no_organization" }, next: null };
  const next = (failuresInARow: number) => ({
    data: { organizationId, failuresInARow },
    delaySeconds: nextPollDelaySeconds(org.notificationPollSeconds, failuresInARow),
  });
  try {
    const result = await pollOrganizationNotifications(organizationId);
    return { result, next: result.status === "skipped" ? null : next(0) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const failuresInARow = data.failuresInARow + 1;
    logger.warn({ organizationId, failuresInARow, error: message }, "notification poll failed; backing off");
    return { result: { status: "failed", error: message }, next: next(failuresInARow) };
  }
}

export async function workOnPolls(boss: PgBoss, pool: pg.Pool): Promise<void> {
  await boss.work<PollJobData>(POLL_QUEUE, { pollingIntervalSeconds: 1 }, async ([job]) => {
    const outcome = await runPollJob(job!.data);
    // Queued while this job is still active, which the stately queue allows (one waiting
    // beside one running), so the chain never has a gap another instance could fill.
    if (outcome.next) await queuePoll(boss, outcome.next.data, outcome.next.delaySeconds);
    return outcome.result;
  });
  await boss.work(START_POLLS_QUEUE, async () => ({ started: await startMissingPolls(boss, pool) }));
}

function queuePoll(boss: PgBoss, data: PollJobData, delaySeconds = 0, connection?: PgBoss.Db): Promise<string | null> {
  return boss.send(POLL_QUEUE, data, { singletonKey: data.organizationId, startAfter: delaySeconds, ...(connection && { db: connection }) });
}

/**
 * Starts an organization's chain unless it has one (a poll waiting or running): for
 * organizations that just got credentials, or whose chain ended (a job cut by a crash
 * expires after five minutes). The look and the insert hold a transaction-level advisory
 * lock for the organization, so instances doing this at the same moment start one chain,
 * and an existing chain keeps its backoff. pg-boss has no call that lists jobs by
 * singleton key, so the look reads its job table (schema `pgboss`, pg-boss 10's layout).
 */
export async function startPollChain(boss: PgBoss, pool: pg.Pool, organizationId: string): Promise<boolean> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`${POLL_QUEUE}:${organizationId}`]);
    const { rowCount } = await client.query(`SELECT 1 FROM pgboss.job WHERE name = $1 AND singleton_key = $2 AND state < 'completed'`, [
      POLL_QUEUE,
      organizationId,
    ]);
    // Inserted on this transaction's connection: the embedded database runs one transaction at a time.
    const id = rowCount ? null : await queuePoll(boss, { organizationId, failuresInARow: 0 }, 0, { executeSql: (text, values) => client.query(text, values) });
    await client.query("COMMIT");
    return id !== null;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}

/** Starts the missing chains of all organizations with Lumen credentials. */
export async function startMissingPolls(boss: PgBoss, pool: pg.Pool): Promise<number> {
  const orgs = await db().organization.findMany({
    where: { clientIdEnc: { not: null }, clientSecretEnc: { not: null } },
    select: { id: true },
  });
  let started = 0;
  for (const org of orgs) if (await startPollChain(boss, pool, org.id)) started++;
  return started;
}
