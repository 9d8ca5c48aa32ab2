import { describe, expect, it } from "vitest";
import { parsePartnerNotification } from "./parse-partner-notification";
import { withholdPartnerAccount, WITHHELD_CUSTOMER_NUMBER as W } from "./get-notification-or-throw";

// What a reseller's user sees of a notification's body: every form in which the webhook's
// parser accepts the partner's customer number and name, withheld. Each body is first
// checked to be one the webhook accepts, with the partner's account in it.

const NUMBER = "2-B6-7890";
const notification = (customer: string) =>
  `<PartnerNotification><orderNumber>VO00000003</orderNumber>${customer}<voiceOrderStatus><notificationCode>901</notificationCode><notificationMessage>Received</notificationMessage></voiceOrderStatus></PartnerNotification>`;

describe("withholdPartnerAccount", () => {
  it.each([
    ["plain elements", `<customerNumber>${NUMBER}</customerNumber><customerName>Demo Partner</customerName>`],
    ["the guide's end tags", `<customerNumber>${NUMBER}</ customerNumber ><customerName>Demo Partner</ customerName >`],
    ["character references", `<customerNumber>2&#45;B6&#x2d;7890</customerNumber><customerName>Demo&#32;Partner</customerName>`],
    ["CDATA and attributes", `<customerNumber kind="account">${NUMBER}</customerNumber><customerName><![CDATA[Demo <Partner>]]></customerName>`],
  ])("withholds both from Lumen's XML written with %s", (_, customer) => {
    const body = notification(customer);
    expect(parsePartnerNotification(body).customerNumber).toBe(NUMBER);
    const shown = withholdPartnerAccount(body, NUMBER);
    expect(shown).not.toMatch(/Demo|7890/);
    expect(shown).toContain(`<customerNumber>${W}</customerNumber>`);
    expect(shown).toContain(`<customerName>${W}</customerName>`);
    expect(shown).toContain("<orderNumber>VO00000003</orderNumber>");
  });

  it("withholds both from a poll's JSON row, and the number wherever else it is written", () => {
    const row = JSON.stringify({ customerNumber: NUMBER, customerName: "Demo \"Partner\"", voiceOrderId: "VO00000003", notificationMessage: `For ${NUMBER}` });
    expect(JSON.parse(withholdPartnerAccount(row, NUMBER))).toEqual({ customerNumber: W, customerName: W, voiceOrderId: "VO00000003", notificationMessage: `For ${W}` });
  });
});
