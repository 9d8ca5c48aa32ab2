import "server-only";
import type { NextRequest } from "next/server";
import { toErrorBody } from "@/lib/errors/to-error-body";
import { AppError } from "@/lib/errors/app-error";
import { clientAddress } from "./client-address";
import { getSessionUser, type SessionUser } from "./session";
import { jsonAnswer } from "@/lib/http/json-answer";
import { refuseCrossSiteChange } from "@/lib/http/refuse-cross-site";

interface AccountRequest<P> {
  request: NextRequest;
  /** Null only when the handler was declared `optional`. */
  user: SessionUser | null;
  params: P;
  address: string;
}

/**
 * Route handlers about the signed-in person rather than an organization (/api/account):
 * the user comes from a session that is still current, a change a page of another site sent
 * is refused, and errors become the portal's body.
 */
export function withSessionUser<P = Record<string, never>>(
  handler: (ctx: AccountRequest<P>) => Promise<unknown>,
  options: { optional?: boolean } = {},
) {
  return async (request: NextRequest, context: { params: Promise<P> }): Promise<Response> => {
    try {
      refuseCrossSiteChange(request);
      const user = await getSessionUser(request);
      if (!user && !options.optional) throw new AppError("UNAUTHENTICATED", "Please sign in.");
      const result = await handler({ request, user, params: await context.params, address: clientAddress(request.headers) });
      return result instanceof Response ? result : jsonAnswer(result);
    } catch (error) {
      const { status, body } = toErrorBody(error);
      return jsonAnswer(body, { status });
    }
  };
}
