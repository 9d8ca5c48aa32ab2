// The caller's address for throttling and the audit trail. A proxy appends the address it
// saw to the X-Forwarded-For the client sent, and Next sets it to the socket's address only
// when the request came with none: so only the last entries, written by our own proxies,
// can be trusted. PORTAL_PROXY_HOPS says how many proxies stand in front of the portal and
// append to it (1 by default, a TLS proxy; 2 with a CDN before it): the address is the
// entry that many from the end. Taking the first entry, as before, let any client name the
// address it liked and escape the sign-in throttle. A portal facing the Internet with no
// proxy cannot tell a forged header from its socket's address (Next keeps the header).

const DEFAULT_PROXY_HOPS = 1;

export function proxyHops(env: Record<string, string | undefined> = process.env): number {
  const hops = Number(env.PORTAL_PROXY_HOPS ?? DEFAULT_PROXY_HOPS);
  return Number.isInteger(hops) && hops >= 1 && hops <= 10 ? hops : DEFAULT_PROXY_HOPS;
}

export function clientAddress(headers: Headers | Record<string, string | string[] | undefined>, hops: number = proxyHops()): string {
  const get = (name: string): string | undefined => {
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const value = headers[name];
    return Array.isArray(value) ? value.join(",") : value;
  };
  const chain = (get("x-forwarded-for") ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  // Fewer entries than proxies: the request did not come through all of them; the first is the farthest known.
  return chain[Math.max(0, chain.length - hops)] || get("x-real-ip") || "unknown";
}
