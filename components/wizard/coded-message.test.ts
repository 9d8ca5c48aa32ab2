import { describe, expect, it } from "vitest";
import { lumenMessage } from "@/lib/lumen/codes";
import { codedMessage } from "./coded-message";

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
});
