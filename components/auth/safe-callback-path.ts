/**
 * Where to go after signing in: the callbackUrl if it points into this site, otherwise "/".
 * Parsing against our own origin rejects "//evil.example", "/\evil.example", "javascript:"
 * and absolute URLs elsewhere, while accepting the absolute same-origin URLs next-auth uses.
 */
export function safeCallbackPath(callbackUrl: string | undefined, origin: string): string {
  if (!callbackUrl) return "/";
  try {
    const url = new URL(callbackUrl, origin);
    if (url.origin !== origin) return "/";
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return "/";
  }
}
