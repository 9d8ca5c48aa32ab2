/**
 * Reads a request body without trusting its size: a declared Content-Length over the
 * limit is refused unread, and a streamed body is cut off at the first chunk that crosses
 * it, so an oversized body never sits in memory. `tooLarge` makes the caller's own error.
 */
export async function readLimitedBody(request: Request, limitBytes: number, tooLarge: () => Error): Promise<Buffer> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > limitBytes) throw tooLarge();
  const chunks: Uint8Array[] = [];
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limitBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
