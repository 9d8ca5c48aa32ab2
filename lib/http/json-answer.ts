/**
 * Below this size gzip saves nothing worth its cost. It is the threshold of the
 * compression middleware behind Next's `compress`, which can only apply it to an answer
 * whose length it knows.
 */
export const COMPRESS_FROM_BYTES = 1024;

/**
 * Every JSON answer of the portal's route handlers. Next streams a route handler's answer
 * to the compression middleware without its length, so the middleware gzipped even a
 * 64-byte error: a gzip header, a flush and an end, each a trip through zlib's thread
 * pool and a write of its own (about 1 ms of an order POST, whose answer is some 400
 * bytes). An answer under the threshold says `no-transform`, which the middleware
 * honours; anything larger is gzipped as before when the browser accepts it.
 */
export function jsonAnswer(body: unknown, init: ResponseInit = {}): Response {
  const text = JSON.stringify(body);
  const headers = new Headers(init.headers);
  headers.set("content-type", "application/json");
  if (Buffer.byteLength(text) < COMPRESS_FROM_BYTES) headers.append("cache-control", "no-transform");
  // A plain Response: NextResponse's constructor (cookies, URL helpers) took 0.13 ms of an order POST.
  return new Response(text, { ...init, headers });
}
