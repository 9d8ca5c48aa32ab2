// POST /oauth/token — the client-credentials grant, client id and secret as HTTP Basic
// auth. Safe to repeat (it creates nothing an order depends on), so transient failures
// are retried with backoff like a GET.
import { LUMEN_OPERATIONS } from "../operations";
import { getResponseSchema, TokenRequestSchema } from "../schemas";
import { actsOnLumen, isTransientFailure } from "./lumen-error";
import { withRetry, type RetryPolicy } from "./retry";
import type { IssuedToken } from "./token-cache";
import { exchangeWithLumen, type ExchangeSettings } from "./transport/exchange";

type TokenOperation = Extract<(typeof LUMEN_OPERATIONS)[number], { auth: "basic" }>;

const TOKEN_OPERATION = LUMEN_OPERATIONS.find((operation): operation is TokenOperation => operation.auth === "basic")!;

export interface ClientCredentials {
  clientId: string;
  clientSecret: string;
}

function basicAuthorization({ clientId, clientSecret }: ClientCredentials): string {
  return `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString("base64")}`;
}

export async function requestAccessToken(settings: ExchangeSettings, credentials: ClientCredentials, retryPolicy: RetryPolicy): Promise<IssuedToken> {
  const form = TokenRequestSchema.parse({ grant_type: "client_credentials" });
  const path = TOKEN_OPERATION.paths[0];
  const request = {
    operationId: TOKEN_OPERATION.operationId,
    method: TOKEN_OPERATION.method,
    actsOnLumen: actsOnLumen(TOKEN_OPERATION),
    path,
    pathAndQuery: path,
    headers: {
      authorization: basicAuthorization(credentials),
      accept: "application/json",
      "content-type": TOKEN_OPERATION.bodyMediaType,
    },
    body: new URLSearchParams(form).toString(),
  };
  const answer = await withRetry(retryPolicy, isTransientFailure, (attempt) =>
    exchangeWithLumen(settings, request, getResponseSchema(TOKEN_OPERATION.response), attempt),
  );
  return { accessToken: answer.access_token, tokenType: answer.token_type, expiresInSeconds: answer.expires_in };
}
