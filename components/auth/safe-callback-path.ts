/**
 * Where to go after signing in: the callbackUrl if it points into this site, otherwise "/".
 * Parsing against our own origin rejects "//evil.example", "/\evil.example", "javascript:"
 * and absolute URLs elsewhere, while accepting the absolute same-origin URLs next-auth uses.
 * A same-origin URL whose path starts with two slashes ("/.//evil.example" resolves to the
 * path "//evil.example") is refused too: handed to the browser as a path, it names a host.
 */
export function safeCallbackPath(callbackUrl: string | undefined, origin: string): string {
  if (!callbackUrl) return "/";
  try {
    const url = new URL(callbackUrl, origin);
    if (url.origin !== origin || /^[/\\]{2}/.test(url.pathname)) return "/";
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return "/";
  }
}
