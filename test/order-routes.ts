import { afterAll, beforeAll } from "vitest";
import { POST as refreshRoute } from "@/app/api/orgs/[org]/orders/[id]/refresh/route";
import { POST as submitRoute } from "@/app/api/orgs/[org]/orders/route";
import type { TestSandbox } from "@/lib/sandbox/testing/sandbox-harness";
import { requestAs, routeParams, testDb } from "./fixtures";
import { createSandboxOrganization, startSandboxAtNow, tenantFor } from "./order-fixtures";

type SandboxOrganization = Awaited<ReturnType<typeof createSandboxOrganization>>;
type TestTenant = Awaited<ReturnType<typeof tenantFor>>;

export interface OrderRoutes {
  /** Set once the file's `beforeAll` has run. */
  sandbox: TestSandbox;
  org: SandboxOrganization;
  operator: TestTenant;
  /** Places an order through `POST /api/orgs/[org]/orders` as the operator, past the browser. */
  post(body: unknown): Promise<{ status: number; body: Awaited<ReturnType<Response["json"]>> }>;
  /** Asks Lumen again about an order through the portal's refresh route. */
  refresh(orderId: string): Promise<{ status: string }>;
  countOrders(): Promise<number>;
}

/**
 * A wizard's orders test file: a sandbox at the wall clock, one of its customers as the
 * organization, an operator of it, and the portal's own routes as that operator. Call at
 * the top of the file: it registers the file's `beforeAll` and `afterAll`.
 */
export function orderRoutesFor(customer: Parameters<typeof createSandboxOrganization>[1]): OrderRoutes {
  const routes = {
    async post(body: unknown) {
      const request = await requestAs(routes.operator.user.id, "/api", { method: "POST", json: body });
      const response = await submitRoute(request as never, routeParams({ org: routes.org.slug }) as never);
      return { status: response.status, body: await response.json() };
    },
    async refresh(orderId: string) {
      const request = await requestAs(routes.operator.user.id, "/api", { method: "POST" });
      const response = await refreshRoute(request as never, routeParams({ org: routes.org.slug, id: orderId }) as never);
      return (await response.json()).order as { status: string };
    },
    countOrders: () => testDb.order.count({ where: { organizationId: routes.org.id } }),
  } as OrderRoutes;

  beforeAll(async () => {
    routes.sandbox = await startSandboxAtNow();
    routes.org = await createSandboxOrganization(routes.sandbox, customer);
    routes.operator = await tenantFor(routes.org, "operator");
  });
  afterAll(() => routes.sandbox.close());
  return routes;
}
