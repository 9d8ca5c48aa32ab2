import { describe, expect, it } from "vitest";
import { lumenMessage } from "@/lib/lumen/codes";
import { codedMessage, lumenAnswer } from "./coded-message";
import { resultMessage } from "./use-order-batch";

describe("codedMessage", () => {
  it("puts Lumen's code beside Lumen's words", () => {
    expect(codedMessage(10007, lumenMessage(10007))).toBe(`10007 · ${lumenMessage(10007)}`);
    expect(codedMessage(null, "Choose one of your customer service names.")).toBe("Choose one of your customer service names.");
  });

  it("leaves out how the API writes dates where a date rule ends with it, for the form's date picker", () => {
    expect(codedMessage(20231, lumenMessage(20231))).toBe("20231 · Customer request date can not be less than one week ahead for install order.");
    expect(codedMessage(20213, lumenMessage(20213))).toBe("20213 · Customer requested date should not exceed more than 30 days from todays date.");
    // A message that is only about the format keeps it.
    expect(codedMessage(20050, lumenMessage(20050))).toBe(`20050 · ${lumenMessage(20050)}`);
  });

  it("words a rule Lumen states in its API's values as the form's choice, keeping the code", () => {
    expect(lumenMessage(20001)).toContain("Valid values B- Business or R-Residence");
    expect(codedMessage(20001, lumenMessage(20001))).toBe("20001 · Choose Business or Residential.");
    expect(lumenMessage(20067)).toContain("cannot be NULL");
    expect(codedMessage(20067, lumenMessage(20067))).toBe("20067 · Choose a date.");
    expect(codedMessage(20114, lumenMessage(20114))).toBe("20114 · Say whether the numbers are wireless.");
    // API field names, a typo and a rule without what meets it, in the form's terms.
    expect(lumenMessage(20000)).toContain("product ID");
    expect(codedMessage(20000, lumenMessage(20000))).toBe("20000 · Choose a product: Local Inbound (2036) or Enhanced Local Service (2042).");
    expect(lumenMessage(20083)).toContain("pbxIndex");
    expect(codedMessage(20083, lumenMessage(20083))).toBe("20083 · Fill both the PBX digit position (1–10) and the excluded digit (0–9), or neither.");
    expect(codedMessage(20068, lumenMessage(20068))).toBe("20068 · Choose the next business day (Monday to Friday, not a holiday) or a later date.");
    expect(codedMessage(20112, lumenMessage(20112))).toBe("20112 · Use letters, digits and hyphens only, at most 20.");
  });
});

describe("what a wizard's results say of an order Lumen refused", () => {
  it("keeps Lumen's own words: the form's words say what the form checked, and Lumen found something else", () => {
    const refused = { state: "refused", code: "LUMEN_REJECTED", lumenCode: 20112, message: lumenMessage(20112), orderId: "ord_1" } as const;
    expect(resultMessage(refused)).toBe(`20112 · ${lumenMessage(20112)}`);
    expect(lumenAnswer(20213, lumenMessage(20213))).toBe("20213 · Customer requested date should not exceed more than 30 days from todays date.");
  });

  it("uses the form's words for the portal's own check, which the form could have made", () => {
    const invalid = { state: "refused", code: "VALIDATION_FAILED", lumenCode: 20112, message: lumenMessage(20112), orderId: null } as const;
    expect(resultMessage(invalid)).toBe("20112 · Use letters, digits and hyphens only, at most 20.");
  });
});
