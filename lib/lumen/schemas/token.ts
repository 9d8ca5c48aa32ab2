// POST /oauth/token — OAuth 2.0 client credentials. The client id and secret travel as
// HTTP Basic auth (base64 "id:secret"); the form body names the grant.
import { z } from "zod";
import { assumed } from "./assumed";

export const TokenRequestSchema = z.object({
  grant_type: z.literal("client_credentials"),
});

export const TokenResponseSchema = z
  .object({
    access_token: z.string().min(1),
    token_type: z.string().min(1).meta({ examples: ["Bearer"] }),
    expires_in: z.number().int().positive().meta({ description: "Lifetime in seconds." }),
  })
  .meta(assumed("Standard RFC 6749 token response; the guide names the fields, not their types."));

export type TokenRequest = z.input<typeof TokenRequestSchema>;
export type ParsedTokenRequest = z.output<typeof TokenRequestSchema>;
export type TokenResponse = z.output<typeof TokenResponseSchema>;
