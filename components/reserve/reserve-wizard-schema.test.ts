import { describe, expect, it } from "vitest";
import { lumenMessage } from "@/lib/lumen/codes";
import { codedMessage } from "@/components/wizard/coded-message";
import { lineIssues, newLine, ReserveWizardSchema, toRequestLine, type ReservationLineValues } from "./reserve-wizard-schema";

const denver = (changes: Partial<ReservationLineValues>) => ({
  ...newLine({ rateCenter: "DENVER", state: "CO", static911: true }),
  quantity: "10",
  ...changes,
});

// One row per Lumen code the form shows as the user types: the field it lands on and the code.
const CASES: { name: string; line: Partial<ReservationLineValues>; field: keyof ReservationLineValues; code: number }[] = [
  { name: "quantity 0", line: { quantity: "0" }, field: "quantity", code: 10011 },
  { name: "quantity over 399", line: { quantity: "400" }, field: "quantity", code: 10007 },
  { name: "PBX position without digit", line: { pbxIndex: "4" }, field: "pbxValue", code: 20083 },
  { name: "PBX digit without position", line: { pbxValue: "9" }, field: "pbxIndex", code: 20082 },
  { name: "PBX position 11", line: { pbxIndex: "11", pbxValue: "9" }, field: "pbxIndex", code: 20082 },
  { name: "NXX without NPA", line: { tnLocNxx: "555" }, field: "tnLocNpa", code: 20091 },
  { name: "tnList with location", line: { tnLocNpa: "303", tnList: "3035550100" }, field: "tnList", code: 20090 },
];

describe("a reservation line is checked by the contract's rules", () => {
  it.each(CASES)("$name → $code on $field", ({ line, field, code }) => {
    expect(lineIssues("2036", denver(line))[field]).toBe(codedMessage(code, lumenMessage(code)));
  });

  it.each(["abc", "-1", "2.5"])("asks for a whole number when the quantity typed is %s, under Lumen's code", (quantity) => {
    expect(lineIssues("2036", denver({ quantity })).quantity).toBe("10011 · Type a whole number from 1 to 399.");
  });

  it("asks how many numbers when the quantity is left blank, under Lumen's code", () => {
    expect(lineIssues("2036", denver({ quantity: "" })).quantity).toBe("10011 · How many numbers? Type a whole number from 1 to 399.");
  });

  it("accepts a complete line and sends only what was filled in", () => {
    const line = denver({ sequential: true, pbxIndex: "4", pbxValue: "9", tnLocNpa: "303" });
    expect(lineIssues("2036", line)).toEqual({});
    expect(toRequestLine(line)).toEqual({
      rateCenter: "DENVER",
      state: "CO",
      quantity: 10,
      sequentialIndicator: "Y",
      pbxIndex: "4",
      pbxValue: "9",
      tnLocNpa: "303",
    });
  });

  it("refuses a rate center Lumen lists as closed with 1302, and allows one whose status is not given", () => {
    const greeley = { ...newLine({ rateCenter: "GREELEY", state: "CO", static911: true, status: "closed" }), quantity: "10" };
    expect(lineIssues("2036", greeley)).toEqual({ rateCenter: `1302 · ${lumenMessage(1302)}` });
    const unknown = { ...newLine({ rateCenter: "GREELEY", state: "CO", static911: true }), quantity: "10" };
    expect(lineIssues("2036", unknown)).toEqual({});
    expect(toRequestLine(greeley)).toEqual({ rateCenter: "GREELEY", state: "CO", quantity: 10 });

    const result = ReserveWizardSchema.safeParse({ productID: "2036", state: "CO", rateCenterFilter: "", lines: [denver({}), greeley] });
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["lines.1.rateCenter", `1302 · ${lumenMessage(1302)}`],
    ]);
  });

  it("puts each line's issues under its index in the wizard form", () => {
    const result = ReserveWizardSchema.safeParse({
      productID: "2042",
      state: "CO",
      rateCenterFilter: "",
      lines: [denver({}), denver({ rateCenter: "BOULDER", quantity: "400" })],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["lines.1.quantity"]);
  });
});
