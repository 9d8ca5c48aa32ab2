import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { clientAddress } from "@/lib/auth/client-address";
import { toErrorBody } from "@/lib/errors/to-error-body";
import { requireSessionActor } from "@/lib/auth/session";
import { requireMembership } from "@/lib/tenancy/require-membership";
import type { Role } from "@/lib/tenancy/roles";
import type { Tenant } from "@/lib/tenancy/tenant";

interface TenantRequest<P> {
  request: NextRequest;
  tenant: Tenant;
  params: P;
  address: string;
}

/**
 * The one wrapper for route handlers under /api/orgs/[org]: resolves the tenant
 * (session → membership → role → sub-account) before the handler runs, and turns any
 * error into the portal's error body. Handlers stay thin: parse, call lib, answer.
 */
export function withTenant<P extends { org: string }>(
  minimumRole: Role,
  handler: (ctx: TenantRequest<P>) => Promise<unknown>,
) {
  return async (request: NextRequest, context: { params: Promise<P> }): Promise<Response> => {
    try {
      const params = await context.params;
      const tenant = await requireMembership(params.org, minimumRole, await requireSessionActor(request));
      const result = await handler({ request, tenant, params, address: clientAddress(request.headers) });
      return result instanceof Response ? result : NextResponse.json(result);
    } catch (error) {
      const { status, body } = toErrorBody(error);
      return NextResponse.json(body, { status });
    }
  };
}
