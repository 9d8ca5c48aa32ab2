import { describe, expect, it } from "vitest";
import { buildPartnerNotificationXml } from "@/lib/sandbox/notifications/partner-notification-xml";
import { parsePartnerNotification } from "./parse-partner-notification";
import { PartnerNotificationError } from "./partner-notification-error";
import { GUIDE_SAMPLE } from "./testing/guide-sample";

function problemOf(xml: string): string | null {
  try {
    parsePartnerNotification(xml);
    return null;
  } catch (error) {
    if (error instanceof PartnerNotificationError) return error.problem;
    throw error;
  }
}

describe("parsePartnerNotification", () => {
  it("reads the guide's sample as printed, stray spaces in end tags included", () => {
    expect(parsePartnerNotification(GUIDE_SAMPLE)).toEqual({
      customerNumber: "Customer Number",
      voiceOrderId: "API Voice Order Number",
      notificationCode: 123,
      notificationMessage: "…",
      rateCenter: "Rate Center",
      state: "CO",
    });
  });

  it("reads the sandbox's XML with its FOC date and creation time, and decodes escaped text once", () => {
    const xml = buildPartnerNotificationXml({
      orderNumber: "VO12345678",
      customerNumber: "1-ABC-23",
      customerName: "Smith & Sons <Voice>",
      notificationCode: 903,
      notificationMessage: `<3035550100> "is" & 'was' &amp; not`,
      focDate: "2026-03-05T00:00:00Z",
      notificationDateTime: "2026-03-02T15:11:00Z",
    });
    expect(parsePartnerNotification(xml)).toEqual({
      customerNumber: "1-ABC-23",
      voiceOrderId: "VO12345678",
      notificationCode: 903,
      notificationMessage: `<3035550100> "is" & 'was' &amp; not`,
      focDate: new Date("2026-03-05T00:00:00Z"),
      lumenCreatedAt: new Date("2026-03-02T15:11:00Z"),
    });
  });

  it.each([
    ["upper case", `<!DOCTYPE PartnerNotification [<!ENTITY a "b">]><PartnerNotification/>`],
    ["lower case after the declaration and a comment", `<?xml version="1.0"?>\n<!-- hi -->\n<!doctype x SYSTEM "file:///etc/passwd"><PartnerNotification/>`],
    ["spaced", `<! DocType x><PartnerNotification/>`],
    ["an entity declaration on its own", `<PartnerNotification><!ENTITY x "y"></PartnerNotification>`],
  ])("refuses a DOCTYPE or ENTITY declaration before parsing (%s)", (_case, xml) => {
    expect(problemOf(xml)).toBe("doctype");
  });

  it("leaves references to undeclared entities as text: nothing is looked up or expanded", () => {
    const xml = GUIDE_SAMPLE.replace("API Voice Order Number", "&xxe;").replace("Customer Name", "&lol9;");
    expect(parsePartnerNotification(xml).voiceOrderId).toBe("&xxe;");
  });

  it.each([
    ["an unclosed element", "<PartnerNotification><orderNumber>VO1</PartnerNotification>"],
    ["text that is not XML", "orderNumber=VO1&code=901"],
    ["an empty body", ""],
    ["mismatched end tags", GUIDE_SAMPLE.replace("</customerName>", "</customerNane>")],
  ])("refuses %s as malformed", (_case, xml) => {
    expect(problemOf(xml)).toBe("malformed");
  });

  it.each([
    ["no order number", GUIDE_SAMPLE.replace(/<orderNumber>.*\n/, "")],
    ["no voice order status", GUIDE_SAMPLE.replace(/<voiceOrderStatus>[\s\S]*?<\/voiceOrderStatus>/, "")],
    ["a code that is not a number", GUIDE_SAMPLE.replace("<notificationCode>123", "<notificationCode>abc")],
    ["another root element", "<Notification><orderNumber>VO1</orderNumber></Notification>"],
    ["a FOC date that is not a date", GUIDE_SAMPLE.replace("</voiceOrderStatus>", "</voiceOrderStatus><focDate>soon</focDate>")],
  ])("refuses a PartnerNotification with %s as missing fields", (_case, xml) => {
    expect(problemOf(xml)).toBe("missing_fields");
  });
});
