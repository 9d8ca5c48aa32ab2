import type { IncomingHttpHeaders } from "node:http";
import { LumenRequestHeadersSchema } from "@/lib/lumen/schemas/request-headers";
import { parseRequest } from "../http/validate";
import { LumenRejection } from "../lumen-contract";
import type { Sandbox } from "../sandbox";
import type { SeedCustomer } from "../seed-types";

// Every /Voice call: a live bearer token from /oauth/token (unknown 403002, expired
// 403006) and an x-customer-number that exists, is active (else 1429) and belongs to the
// application the token was issued to (else 1403).

export function authenticate(sb: Sandbox, headers: IncomingHttpHeaders, now: number): SeedCustomer {
  const parsed = parseRequest(LumenRequestHeadersSchema, {
    authorization: headers.authorization,
    "x-customer-number": headers["x-customer-number"],
  });
  const token = sb.state.tokens[parsed.authorization.slice("Bearer ".length)];
  if (!token) throw new LumenRejection(403002);
  if (token.expiresAt <= now) throw new LumenRejection(403006);

  const customer = sb.catalog.customer(parsed["x-customer-number"].trim());
  if (!customer || !customer.active) throw new LumenRejection(1429);
  const application = sb.catalog.application(token.clientId);
  if (!application?.customerNumbers.includes(customer.customerNumber)) throw new LumenRejection(1403);
  return customer;
}
