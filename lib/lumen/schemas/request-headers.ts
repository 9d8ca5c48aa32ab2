// The headers every /Voice call carries: the bearer token from /oauth/token and the
// customer number (Master BusOrg) the partner acts for. Header names arrive lower-cased.
import { z } from "zod";
import { assumed } from "./assumed";
import { codedString } from "./fields/coded";

export const LumenRequestHeadersSchema = z.object({
  authorization: codedString({
    missing: 403001,
    rules: [{ code: 403001, pattern: /^Bearer \S+$/ }],
    meta: { description: "Bearer <access_token>.", ...assumed("A missing or malformed header is answered as failed authentication.") },
  }),
  "x-customer-number": codedString({
    missing: 20102,
    meta: { description: "Lumen customer number (Master BusOrg), e.g. 2-B6-7890.", ...assumed("The guide gives no code for a missing customer number; 20102 is the nearest.") },
  }),
});

export type LumenRequestHeaders = z.output<typeof LumenRequestHeadersSchema>;
