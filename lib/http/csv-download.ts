import "server-only";

/**
 * A CSV file as a download, written as it is read: the header, then each batch's lines,
 * so that a long export is never held whole and a cancelled download stops the reads.
 */
export function csvDownload<T>(options: {
  /** Without ".csv"; the day of the export is added. */
  name: string;
  header: string;
  batches: AsyncIterable<T>;
  lines: (batch: T) => string;
}): Response {
  const encoder = new TextEncoder();
  const iterator = options.batches[Symbol.asyncIterator]();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(options.header));
    },
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(options.lines(next.value)));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  return csvAttachment(body, datedCsvName(options.name));
}

/** A CSV answered as a file to save, never kept by a cache (it is one tenant's data). */
export function csvAttachment(body: string | ReadableStream<Uint8Array>, fileName: string): Response {
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${fileName}"`,
      "cache-control": "no-store",
    },
  });
}

/** `name-YYYY-MM-DD.csv`, the day of the export (UTC). */
export function datedCsvName(name: string): string {
  return `${name}-${new Date().toISOString().slice(0, 10)}.csv`;
}
