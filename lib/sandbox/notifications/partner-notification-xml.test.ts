import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { buildPartnerNotificationXml } from "./partner-notification-xml";

describe("buildPartnerNotificationXml", () => {
  it("escapes text, so a message with angle brackets or ampersands survives the round trip", () => {
    const xml = buildPartnerNotificationXml({
      orderNumber: "VO00000001",
      customerNumber: "1-ABC-23",
      customerName: "Smith & Sons <Voice>",
      notificationCode: 20217,
      notificationMessage: "<telephone Number> is not valid telephone number.",
    });
    expect(xml).toContain("Smith &amp; Sons &lt;Voice&gt;");
    const parsed = new XMLParser({ processEntities: true }).parse(xml).PartnerNotification;
    expect(parsed.customerName).toBe("Smith & Sons <Voice>");
    expect(parsed.voiceOrderStatus.notificationMessage).toBe("<telephone Number> is not valid telephone number.");
    expect(parsed.rateCenterOrderStatus).toBeUndefined();
  });

  it("adds the rate-center (PON) level block in the guide's order", () => {
    const xml = buildPartnerNotificationXml({
      orderNumber: "VO00000002",
      customerNumber: "2-B6-7890",
      customerName: "Bluebird Telecom",
      notificationCode: 10002,
      notificationMessage: "done",
      rateCenterOrderStatus: { rateCenter: "SEATTLE", state: "WA", notificationCode: 10002, notificationMessage: "done" },
    });
    const tags = [...xml.matchAll(/^\s*<(\w+)>/gm)].map((m) => m[1]);
    expect(tags).toEqual([
      "PartnerNotification",
      "orderNumber",
      "customerNumber",
      "customerName",
      "voiceOrderStatus",
      "notificationCode",
      "notificationMessage",
      "rateCenterOrderStatus",
      "rateCenter",
      "state",
      "notificationCode",
      "notificationMessage",
    ]);
  });
});
