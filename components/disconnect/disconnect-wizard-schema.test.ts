import { describe, expect, it } from "vitest";
import { codedMessage } from "@/components/wizard/coded-message";
import { lumenMessage } from "@/lib/lumen/codes";
import { DISCONNECT_FORM_CASES, VALID_DISCONNECT } from "./disconnect-form-cases";
import { confirmationPhrase, disconnectIssues, planDisconnect } from "./disconnect-wizard-schema";
import { disconnectDateWindow } from "./disconnect-date-window";

describe("the disconnect form checks each field by the contract's rules", () => {
  it.each(DISCONNECT_FORM_CASES)("$name → $code on $field", ({ values, field, code }) => {
    expect(disconnectIssues(values)[field]).toMatch(new RegExp(`^${escape(codedMessage(code, lumenMessage(code)))}`));
  });

  it("accepts a number on a day inside the window, and both ends of it", () => {
    const { min, max } = disconnectDateWindow(new Date());
    expect(disconnectIssues(VALID_DISCONNECT)).toEqual({});
    expect(disconnectIssues({ ...VALID_DISCONNECT, requestDate: min })).toEqual({});
    expect(disconnectIssues({ ...VALID_DISCONNECT, requestDate: max })).toEqual({});
  });

  it("sends the day as Lumen's midnight UTC, every number in one request", () => {
    const plan = planDisconnect({ ...VALID_DISCONNECT, tnText: "3039740101-3039740112", requestDate: "2030-01-02" });
    expect(plan.requests).toEqual([{ tnList: plan.numbers, customerRequestDate: "2030-01-02T00:00:00Z" }]);
    expect(plan.numbers).toHaveLength(12);
  });
});

describe("more than ten numbers need the count typed", () => {
  const twelve = { ...VALID_DISCONNECT, tnText: "3039740101-3039740112" };

  it("asks nothing for ten numbers", () => {
    expect(confirmationPhrase(10)).toBeNull();
    expect(disconnectIssues({ ...VALID_DISCONNECT, tnText: "3039740101-3039740110" })).toEqual({});
  });

  it("refuses eleven or more until DISCONNECT and the count are typed", () => {
    expect(confirmationPhrase(12)).toBe("DISCONNECT 12");
    expect(disconnectIssues(twelve).confirmation).toMatch(/^Type DISCONNECT 12 to confirm/);
    expect(disconnectIssues({ ...twelve, confirmation: "DISCONNECT 11" }).confirmation).toBeDefined();
    expect(disconnectIssues({ ...twelve, confirmation: " disconnect 12 " })).toEqual({});
  });
});

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
