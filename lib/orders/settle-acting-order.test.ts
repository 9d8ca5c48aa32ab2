import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { POST as refreshRoute } from "@/app/api/orgs/[org]/orders/[id]/refresh/route";
import { createTestClient } from "@/lib/lumen/client/client-test-kit";
import type { TestSandbox } from "@/lib/sandbox/testing/sandbox-harness";
import { sweepStuckOrders, STUCK_AFTER_MS } from "@/lib/jobs/sweep-stuck-orders";
import { requestAs, routeParams, testDb } from "@/test/fixtures";
import { businessDaysAhead, createSandboxOrganization, idempotencyKey, portRequest, startSandboxAtNow, tenantFor } from "@/test/order-fixtures";
import { submitOrder } from "./submit-order";

// A cancel, a supplement or a port now whose answer was lost has no externalOrderID of its
// own: "Check with Lumen" reads the order it acts on, against the real sandbox, and never
// answers that Lumen did not answer when Lumen did.

let sandbox: TestSandbox;
let org: Awaited<ReturnType<typeof createSandboxOrganization>>;
let operator: Awaited<ReturnType<typeof tenantFor>>;

beforeAll(async () => {
  sandbox = await startSandboxAtNow();
  org = await createSandboxOrganization(sandbox, "acme");
  operator = await tenantFor(org, "operator");
});
afterAll(() => sandbox.close());

async function check(orderId: string) {
  const response = await refreshRoute((await requestAs(operator.user.id, "/api", { method: "POST" })) as never, routeParams({ org: org.slug, id: orderId }) as never);
  return { status: response.status, body: await response.json() };
}

const stored = (id: string) => testDb.order.findUniqueOrThrow({ where: { id }, include: { events: { orderBy: { createdAt: "asc" } } } });

async function placePort(tn: string): Promise<string> {
  const { client } = createTestClient(sandbox, { now: () => new Date() });
  const { orderId } = await submitOrder(operator.tenant, { type: "port", idempotencyKey: idempotencyKey(), request: portRequest(tn) }, { client });
  expect((await stored(orderId)).status).toBe("accepted");
  return orderId;
}

/** Acts on a port while Lumen's answer is lost: before Lumen processed it, or after. */
async function actWithLostAnswer(body: Parameters<typeof submitOrder>[1], pattern: string, lost: "before" | "after") {
  const { client } = createTestClient(sandbox, { now: () => new Date() });
  await sandbox.admin("POST", "/faults", { kind: lost === "after" ? "status-after-processing" : "status", pattern, status: 504, method: "POST", count: 1 });
  const { orderId } = await submitOrder(operator.tenant, body, { client, retryDelayMs: 1 });
  expect((await stored(orderId)).status).toBe("unconfirmed");
  return orderId;
}

describe(`an unconfirmed order acting on another, checked with Lumen (${inject("databaseKind")})`, () => {
  it("a cancel Lumen carried out is completed, by the order it cancelled", async () => {
    const portId = await placePort("7205550150");
    const cancelId = await actWithLostAnswer({ type: "cancel", idempotencyKey: idempotencyKey(), orderId: portId }, "*/order/cancel", "after");

    expect((await check(cancelId)).status).toBe(200);
    const cancel = await stored(cancelId);
    expect(cancel.status).toBe("completed");
    expect(cancel.events.at(-1)).toMatchObject({ kind: "reconciled", message: expect.stringMatching(/as cancelled: the cancel arrived/) });
  });

  it("a cancel that never arrived is failed with what to do, and cancelling again works", async () => {
    const portId = await placePort("7205550151");
    const cancelId = await actWithLostAnswer({ type: "cancel", idempotencyKey: idempotencyKey(), orderId: portId }, "*/order/cancel", "before");

    expect((await check(cancelId)).status).toBe(200);
    const cancel = await stored(cancelId);
    expect(cancel.status).toBe("failed");
    expect(cancel.statusReason).toMatch(/did not take effect\. Nothing changed; act on that order again/);

    const { client } = createTestClient(sandbox, { now: () => new Date() });
    const again = await submitOrder(operator.tenant, { type: "cancel", idempotencyKey: idempotencyKey(), orderId: portId }, { client });
    expect((await stored(again.orderId)).status).toBe("completed");
  });

  it("a supplement is said to be unknowable while the port is open, and no longer to apply once it is cancelled", async () => {
    const portId = await placePort("7205550152");
    const supplementId = await actWithLostAnswer(
      { type: "supplement", idempotencyKey: idempotencyKey(), orderId: portId, request: { customerRequestDate: businessDaysAhead(7) } },
      "*/supplement",
      "before",
    );

    const open = await check(supplementId);
    expect(open.status).toBe(409);
    expect(open.body.error.code).toBe("CONFLICT");
    expect(open.body.error.message).toMatch(/does not show yet whether this one arrived.*sending the same supplement again is safe/);
    expect((await stored(supplementId)).status).toBe("unconfirmed");

    const { client } = createTestClient(sandbox, { now: () => new Date() });
    await submitOrder(operator.tenant, { type: "cancel", idempotencyKey: idempotencyKey(), orderId: portId }, { client });
    expect((await check(supplementId)).status).toBe(200);
    const supplement = await stored(supplementId);
    expect(supplement.status).toBe("failed");
    expect(supplement.statusReason).toMatch(/as cancelled, so this supplement no longer applies/);
  });

  it("the sweep settles an unconfirmed cancel unattended", async () => {
    const portId = await placePort("7205550153");
    const cancelId = await actWithLostAnswer({ type: "cancel", idempotencyKey: idempotencyKey(), orderId: portId }, "*/order/cancel", "after");

    await sweepStuckOrders(new Date(Date.now() + STUCK_AFTER_MS + 60_000));
    expect((await stored(cancelId)).status).toBe("completed");
  });
});

describe(`a status found by asking Lumen (${inject("databaseKind")})`, () => {
  it("a port found cancelled after its FOC date is not labelled with the FOC's code (903)", async () => {
    const portId = await placePort("7205550154");
    await sandbox.advance({ minutes: 11 });
    expect((await check(portId)).body.order.status).toBe("in_progress");
    expect((await stored(portId)).events.at(-1)).toMatchObject({ kind: "status_changed", lumenCode: 903 });

    const { client } = createTestClient(sandbox, { now: () => new Date() });
    await submitOrder(operator.tenant, { type: "cancel", idempotencyKey: idempotencyKey(), orderId: portId }, { client });
    await check(portId);
    const port = await stored(portId);
    expect(port.status).toBe("cancelled");
    expect(port.events.at(-1)).toMatchObject({ kind: "status_changed", lumenCode: null });
  });
});
