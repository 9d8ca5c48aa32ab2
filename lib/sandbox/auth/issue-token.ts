import { randomBytes, timingSafeEqual } from "node:crypto";
import { TokenRequestSchema, type TokenResponse } from "@/lib/lumen/schemas/token";
import { LumenRejection } from "../lumen-contract";
import type { Sandbox } from "../sandbox";
import { parseRequest } from "../http/validate";

// POST /oauth/token — the client-credentials grant. Client id and secret arrive as HTTP
// Basic auth; a wrong pair is 403001. Tokens live `tokenTtlSeconds` of virtual time.

export function issueToken(sb: Sandbox, authorization: string | undefined, form: URLSearchParams): TokenResponse {
  const credentials = parseBasic(authorization);
  const application = credentials && sb.catalog.application(credentials.clientId);
  if (!credentials || !application || !sameSecret(application.clientSecret, credentials.clientSecret)) {
    throw new LumenRejection(403001);
  }
  parseRequest(TokenRequestSchema, Object.fromEntries(form));

  const now = sb.clock.now();
  pruneExpired(sb, now);
  const token = randomBytes(24).toString("base64url");
  sb.state.tokens[token] = { clientId: application.clientId, expiresAt: now + sb.config.tokenTtlSeconds * 1000 };
  sb.changed();
  return { access_token: token, token_type: "Bearer", expires_in: realSecondsOf(sb, sb.config.tokenTtlSeconds) };
}

/**
 * Clients cache tokens by wall clock, so `expires_in` is the lifetime in real seconds:
 * at 60x a token of one virtual hour lasts a real minute. A frozen clock never expires it.
 */
function realSecondsOf(sb: Sandbox, virtualSeconds: number): number {
  const scale = sb.clock.scale;
  return scale > 0 ? Math.max(1, Math.floor(virtualSeconds / scale)) : virtualSeconds;
}

function parseBasic(header: string | undefined): { clientId: string; clientSecret: string } | null {
  const match = /^Basic\s+(\S+)$/i.exec(header ?? "");
  if (!match) return null;
  const decoded = Buffer.from(match[1]!, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon < 0) return null;
  return { clientId: decoded.slice(0, colon), clientSecret: decoded.slice(colon + 1) };
}

function sameSecret(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Expired tokens are forgotten a day after expiry, so "expired" (403006) stays answerable for a while. */
function pruneExpired(sb: Sandbox, now: number) {
  for (const [token, entry] of Object.entries(sb.state.tokens)) {
    if (entry.expiresAt < now - 24 * 3600_000) delete sb.state.tokens[token];
  }
}
