import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countingSend, createTestClient } from "@/lib/lumen/client/client-test-kit";
import { sendWithUndici, type HttpSend } from "@/lib/lumen/client/transport/http";
import { startTestSandbox, type TestSandbox } from "@/lib/sandbox/testing/sandbox-harness";
import type { Tenant } from "@/lib/tenancy/tenant";
import { readActiveReport, REPORT_PAGES_AT_ONCE, tenDigits } from "./active-report";

// Lumen's active-inventory report for a partner with thousands of numbers, read from the
// sandbox over HTTP: every page, a few at a time, in Lumen's order.

const SEEDED_ACTIVE = 30; // Acme's numbers in Denver
const ADDED = 2_600; // 2,630 in all: six pages of 500
const viewer: Tenant = { userId: "u", organizationId: "o", orgSlug: "acme", role: "viewer", subAccount: null };
let sandbox: TestSandbox;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  // Acme's inventory grows past one page: more numbers like its seeded active ones.
  const { tns } = sandbox.server.sandbox.state;
  const model = tns["3039740101"]!;
  for (let i = 0; i < ADDED; i++) {
    const tn = String(7205550000 + i);
    tns[tn] = { ...model, tn, rateCenter: "DENVER" };
  }
});
afterAll(() => sandbox.close());

/** A client whose transport counts the report's requests and how many were out at once. */
function measuredClient() {
  let out = 0;
  const seen = { mostAtOnce: 0 };
  const inner: HttpSend = async (request) => {
    out++;
    seen.mostAtOnce = Math.max(seen.mostAtOnce, out);
    try {
      return await sendWithUndici(request);
    } finally {
      out--;
    }
  };
  const wire = countingSend(inner);
  const { client } = createTestClient(sandbox, { send: wire.send });
  return { client, wire, seen };
}

describe("readActiveReport", () => {
  it("reads every page of a large report, a few at a time, in Lumen's order", async () => {
    const { client, wire, seen } = measuredClient();
    const rows = await readActiveReport(viewer, {}, { client });

    expect(rows).toHaveLength(SEEDED_ACTIVE + ADDED);
    expect(wire.count("GET", "/Numbers/inventoryDetails")).toBe(6);
    expect(seen.mostAtOnce).toBe(REPORT_PAGES_AT_ONCE);
    // Lumen's order: the page by page answer, concatenated.
    const oneByOne: string[] = [];
    for (let pageNumber = 1; pageNumber <= 6; pageNumber++) {
      const page = await client.getActiveInventoryReport({ pageNumber, pageSize: 500 });
      oneByOne.push(...page.telephoneNumbers.map((n) => tenDigits(n.telephoneNumber)));
    }
    expect(rows.map((n) => tenDigits(n.telephoneNumber))).toEqual(oneByOne);
    expect(new Set(oneByOne).size).toBe(SEEDED_ACTIVE + ADDED);
  });

  it("looks for one number page after page, and stops at the page that has it", async () => {
    const { client, wire, seen } = measuredClient();
    const wanted = String(7205550000 + 700); // on page 2
    const rows = await readActiveReport(viewer, { stopAt: (row) => tenDigits(row.telephoneNumber) === wanted }, { client });

    expect(rows.some((row) => tenDigits(row.telephoneNumber) === wanted)).toBe(true);
    expect(wire.count("GET", "/Numbers/inventoryDetails")).toBe(2);
    expect(seen.mostAtOnce).toBe(1);
  });
});
