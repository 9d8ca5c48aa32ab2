/** The last row a walk read; the next batch starts below it. */
interface Position {
  createdAt: Date;
  id: string;
}

/** Rows older than `after` in the walk's order (createdAt, then id, both descending): a Prisma where clause. */
export type OlderThan = { OR: [{ createdAt: { lt: Date } }, { createdAt: Date; id: { lt: string } }] };

/**
 * Every row a query selects, newest first, in batches walked by (createdAt, id), for the
 * CSV downloads: a row never shows twice or goes missing between batches, even when
 * several share an instant, and no batch is skipped over with an offset. `read` gets the
 * position to go on from (null for the first batch) and how many rows to take, ordered by
 * createdAt then id, both descending; `finish` makes the batch (adds what the rows lack).
 */
export async function* newestFirstBatches<Row extends Position, Batch>(
  read: (olderThan: OlderThan | null, take: number) => Promise<Row[]>,
  finish: (rows: Row[]) => Promise<Batch>,
  options: { batchSize: number; maxRows: number },
): AsyncGenerator<Batch> {
  let left = options.maxRows;
  let after: Position | null = null;
  while (left > 0) {
    const olderThan: OlderThan | null = after
      ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] }
      : null;
    const rows = await read(olderThan, Math.min(options.batchSize, left));
    if (rows.length === 0) return;
    yield await finish(rows);
    left -= rows.length;
    const last = rows[rows.length - 1]!;
    after = { createdAt: last.createdAt, id: last.id };
  }
}
