import { describe, expect, it } from "vitest";
import { z } from "zod";
import { getLumenCode } from "./codes";
import { addLumenIssue, lumenCodesOf, toLumenIssues } from "./lumen-rule";

const schema = z.object({
  zip: z.string().check((payload) => {
    if (!/^\d{5}$/.test(payload.value)) addLumenIssue(payload, 20013);
  }),
  count: z.number(),
});

describe("Lumen rules", () => {
  it("carry the code in params and the table's message", () => {
    const result = schema.safeParse({ zip: "123", count: 1 });
    expect(result.error?.issues[0]).toMatchObject({ params: { lumenCode: 20013 }, message: getLumenCode(20013).message, path: ["zip"] });
  });

  it("report structural issues without a code", () => {
    const result = schema.safeParse({ zip: "123", count: "one" });
    const issues = toLumenIssues(result.error!);
    expect(issues.map((issue) => [issue.path, issue.lumenCode])).toEqual([
      [["zip"], 20013],
      [["count"], null],
    ]);
    expect(lumenCodesOf(result.error!)).toEqual([20013]);
  });

  it("refuse a code the guide does not list", () => {
    expect(() => z.string().check((payload) => addLumenIssue(payload, 20099)).parse("x")).toThrow(/Unknown Lumen code/);
  });
});
