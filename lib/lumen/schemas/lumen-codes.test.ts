// (a) One row per Lumen code a request schema pre-empts: the bad input must fail with
// exactly that code and the table's message, and nothing else. Together with the
// upstream-only list, every code of the guide is accounted for.
import { describe, expect, it } from "vitest";
import { allLumenCodes, getLumenCode } from "../codes";
import { LUMEN_CODE_ROWS } from "../codes-table";
import { toLumenIssues } from "../lumen-rule";
import { UPSTREAM_ONLY_ERROR_CODES } from "../upstream-only-codes";
import { LUMEN_CODE_CASES } from "./lumen-code-cases";
import { buildRequestSchema } from "./registry";
import { SAMPLE_CLOCK, SAMPLE_REQUESTS } from "./sample-requests";

describe("valid samples", () => {
  it.each(SAMPLE_REQUESTS.map((sample) => [sample.schema, sample.label, sample.value] as const))(
    "%s (%s) passes",
    (schema, _label, value) => {
      const result = buildRequestSchema(schema, SAMPLE_CLOCK).safeParse(value);
      expect(result.error ? toLumenIssues(result.error) : []).toEqual([]);
    },
  );
});

describe("each client-checkable Lumen code", () => {
  it.each(LUMEN_CODE_CASES.map((testCase) => [testCase.code, testCase.schema, testCase] as const))(
    "%i from %s",
    (code, schema, testCase) => {
      const result = buildRequestSchema(schema, SAMPLE_CLOCK).safeParse(testCase.input);
      expect(result.success).toBe(false);
      const issues = result.error ? toLumenIssues(result.error) : [];
      const expected = { lumenCode: code, message: getLumenCode(code).message };
      expect(issues.map(({ lumenCode, message }) => ({ lumenCode, message }))).toEqual([expected]);
    },
  );
});

describe("coverage of the guide's codes", () => {
  const checked = new Set(LUMEN_CODE_CASES.map((testCase) => testCase.code));
  const upstream = new Set(UPSTREAM_ONLY_ERROR_CODES.map((entry) => entry.code));
  const notificationOnly = new Set(
    allLumenCodes().filter((code) => LUMEN_CODE_ROWS.every((row) => row.code !== code || row.kind === "notification")),
  );

  it("accounts for every code exactly once: checked here, upstream-only, or a notification", () => {
    for (const code of allLumenCodes()) {
      const homes = [checked.has(code), upstream.has(code), notificationOnly.has(code) && !checked.has(code)].filter(Boolean);
      expect({ code, homes: homes.length }).toEqual({ code, homes: 1 });
    }
  });

  it("gives a reason for every upstream-only code", () => {
    for (const entry of UPSTREAM_ONLY_ERROR_CODES) expect(entry.reason.length).toBeGreaterThan(10);
  });
});
