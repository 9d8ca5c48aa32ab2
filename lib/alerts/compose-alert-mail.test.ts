import { describe, expect, it } from "vitest";
import { composeAlertMail, type AlertMailFacts } from "./compose-alert-mail";

const base: AlertMailFacts = {
  kind: "foc_scheduled",
  organizationName: "Acme Voice",
  orderType: "port",
  voiceOrderId: "VO-778",
  externalOrderId: "vp-ext-1",
  orderUrl: "https://portal.example/acme/orders/o1",
  preferencesUrl: "https://portal.example/acme/alerts",
  code: 903,
  summary: "The port's firm order commitment (FOC) date is set.",
  lumenMessage: "LNP (porting) order FOC is scheduled.",
  approvalDeadline: null,
  availableQuantity: null,
  numberFocDates: [],
};
const dec3 = new Date(Date.UTC(2026, 11, 3));
const dec4 = new Date(Date.UTC(2026, 11, 4));

describe("the text of an alert mail", () => {
  it("says one FOC date once when every number shares it", () => {
    const mail = composeAlertMail({ ...base, numberFocDates: [{ tn: "3035550101", focDate: dec3 }, { tn: "3035550102", focDate: dec3 }] });
    expect(mail.subject).toBe("FOC date Thu 2026-12-03: Port in order VO-778 — Acme Voice");
    expect(mail.text).toContain("FOC date: Thu 2026-12-03, for all 2 numbers ((303) 555-0101, (303) 555-0102)");
    expect(mail.text.match(/2026-12-03/g)).toHaveLength(1);
  });

  it("lists the numbers under each date when their FOC dates differ", () => {
    const mail = composeAlertMail({
      ...base,
      numberFocDates: [{ tn: "3035550102", focDate: dec4 }, { tn: "3035550101", focDate: dec3 }, { tn: "3035550103", focDate: dec4 }],
    });
    expect(mail.subject).toContain("FOC date from Thu 2026-12-03");
    expect(mail.text).toContain("FOC dates per number:\n  Thu 2026-12-03: (303) 555-0101\n  Fri 2026-12-04: (303) 555-0102, (303) 555-0103");
  });

  it("gives the order's FOC date when the order links no numbers", () => {
    expect(composeAlertMail({ ...base, focDate: dec3 }).text).toContain("FOC date: Thu 2026-12-03\n");
  });

  it("tells a backorder's deadline, the numbers available and where to decide", () => {
    const mail = composeAlertMail({
      ...base,
      kind: "backorder_waiting",
      orderType: "reserve",
      code: 10001,
      summary: "Lumen has fewer numbers than asked for.",
      approvalDeadline: new Date(Date.UTC(2026, 10, 26, 16, 5)),
      availableQuantity: 3,
      rateCenter: { name: "DENVER", state: "CO" },
    });
    expect(mail.subject).toBe("Decision needed by Thu 2026-11-26 16:05 UTC: Reserve order VO-778 — Acme Voice");
    expect(mail.text).toContain("It has 3 numbers available and waits for your decision until Thu 2026-11-26 16:05 UTC.");
    expect(mail.text).toContain("Rate center: DENVER, CO");
    expect(mail.text).toContain("Order page:       https://portal.example/acme/orders/o1");
    expect(mail.text).toContain("externalOrderID:  vp-ext-1");
    expect(mail.text).toContain("(Lumen code 10001)");
  });

  it("names a refused cancel as such, the order itself standing", () => {
    const mail = composeAlertMail({ ...base, kind: "rejection", code: 20066, summary: "Too late to cancel.", refusedOrderType: "cancel" });
    expect(mail.subject).toBe("Cancel refused (code 20066): Port in order VO-778 — Acme Voice");
    expect(mail.text).toContain("The order itself stands.");
  });

  it("uses the externalOrderID where Lumen has not assigned a voice order ID", () => {
    const mail = composeAlertMail({ ...base, kind: "rejection", code: 1648, voiceOrderId: null });
    expect(mail.subject).toBe("Rejected (code 1648): Port in order vp-ext-1 — Acme Voice");
    expect(mail.text).toContain("Voice order ID:   not assigned yet");
  });
});

describe("the mail about an order that never reached Lumen", () => {
  it("says nothing was placed and how to place it again, without a Lumen code it never had", () => {
    const mail = composeAlertMail({
      ...base,
      kind: "not_placed",
      orderType: "reserve",
      voiceOrderId: null,
      code: null,
      lumenMessage: null,
      summary: "Lumen has no such order: it never arrived. Nothing was placed; it is safe to submit it again.",
    });
    expect(mail.subject).toBe("Not placed: Reserve order vp-ext-1 — Acme Voice");
    expect(mail.text).toContain("never reached Lumen");
    expect(mail.text).toContain("Lumen has no such order: it never arrived.");
    expect(mail.text).toContain("What to do: open the order page and place it again with one click");
    expect(mail.text).toContain("Order page:       https://portal.example/acme/orders/o1");
    expect(mail.text).toContain("alerts about orders that never reached Lumen");
    expect(mail.text).not.toContain("Lumen code");
    expect(mail.text).not.toContain("Lumen's words");
  });
});
