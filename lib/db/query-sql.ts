import "server-only";
import { createHash } from "node:crypto";
import type { Prisma } from "./generated/client";
import { queryPrepared } from "./prepared-statement";

/**
 * Runs a `Prisma.sql` statement as a prepared statement on the pool Prisma shares, for the
 * order engine's statements on every order: the one that writes an order before it is
 * sent and the one that records Lumen's answer. Through `$queryRaw` each cost a quarter of
 * a millisecond of Prisma's pipeline and, unprepared, the planning of a statement of three
 * or four data-modifying CTEs every time (on PGlite 1.3 → 0.9 ms and 2.0 → 1.1 ms at the
 * median, portal-bench). A statement is named after its text, so each shape (the outcome's
 * SET list varies with what Lumen said) is planned once per connection.
 *
 * Rows come back as node-postgres gives them: a `timestamp` column (Prisma's DateTime)
 * would be read as local time, so select those `AT TIME ZONE 'UTC'`; and a Date value
 * would be sent as local time, so this refuses Dates (use now() or an ISO string).
 */
export async function querySql<Row>(statement: Prisma.Sql): Promise<Row[]> {
  if (statement.values.some((value) => value instanceof Date)) {
    throw new TypeError("querySql sends no Date values: node-postgres would send them in local time.");
  }
  const name = `sql_${createHash("sha1").update(statement.text).digest("hex").slice(0, 20)}`;
  return queryPrepared<Row>(name, statement.text, statement.values);
}

/** A JSON value as a statement's parameter (cast it `::jsonb`); SQL NULL when there is none. */
export function jsonParam(value: Prisma.InputJsonValue | undefined): string | null {
  return value === undefined ? null : JSON.stringify(value);
}
