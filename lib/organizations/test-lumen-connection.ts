import "server-only";
import { fromLumenFailure } from "@/lib/errors/lumen-failure";
import { AppError } from "@/lib/errors/app-error";
import { forgetLumenClient, lumenClientForOrganization } from "./lumen-client-for-organization";
import { assertRole, assertStaff } from "@/lib/tenancy/require-membership";
import type { Tenant } from "@/lib/tenancy/tenant";

export interface ConnectionTestResult {
  tokenExpiresAt: string;
  rateCenterCount: number;
}

/**
 * Settings' "Test connection": fetches a token with the stored credentials and lists
 * rate centers, the guide's own first call. Answers what worked, or Lumen's code.
 */
export async function testLumenConnection(tenant: Tenant): Promise<ConnectionTestResult> {
  assertStaff(tenant);
  assertRole(tenant, "admin");
  // Test what is stored now, not a client kept from before a change.
  forgetLumenClient(tenant.organizationId);
  const client = await lumenClientForOrganization(tenant.organizationId);
  try {
    const token = await client.fetchToken();
    const rateCenters = await client.listRateCenters({ productID: "2036", pageNumber: 1, pageSize: 1 });
    return { tokenExpiresAt: token.expiresAt.toISOString(), rateCenterCount: rateCenters.totalCount };
  } catch (error) {
    const failure = fromLumenFailure(error);
    if (failure instanceof AppError) throw failure;
    throw error;
  }
}
