import { describe, expect, it } from "vitest";
import { redactSecrets } from "@/lib/lumen/redact-secrets";
import {
  sampleChange,
  sampleDisconnect,
  sampleElsInstall,
  sampleLiInstall,
  samplePort,
  sampleReservation,
} from "@/lib/lumen/schemas/sample-requests";
import { orderRequestFacts } from "./order-request-facts";

// An order's page says what the order asked in words, from the request kept with it: the
// same words the wizard's review showed before it was sent.

const asKept = (request: object) => redactSecrets(request);

describe("orderRequestFacts", () => {
  it("a reservation: each rate center with its quantity and options", () => {
    expect(orderRequestFacts("reserve", asKept(sampleReservation))).toEqual([["DENVER, CO", "25 numbers, sequential, no 9 at position 4, near NPA 303"]]);
    const like = { productID: "2036", rateCenters: [{ rateCenter: "SEATTLE", state: "WA", quantity: 1, tnList: ["2065550100"] }] };
    expect(orderRequestFacts("reserve", like)).toEqual([["SEATTLE, WA", "1 number, like (206) 555-0100"]]);
  });

  it("an install: subscriber, address, caller name, customer service name and when; E911 and the listing on ELS only", () => {
    expect(orderRequestFacts("install", asKept(sampleLiInstall))).toEqual([
      ["Subscriber", "Ann O'Neil (residential)"],
      ["Service address", "1025 Eldorado Blvd, Suite 100, Broomfield, CO 80021"],
      ["Caller name", "ANN ONEIL"],
      ["Customer service name", "Account default"],
      ["Install", "At once"],
    ]);
    expect(orderRequestFacts("install", asKept({ ...sampleElsInstall, customerServiceName: "ACME-MAIN" }))).toEqual([
      ["Subscriber", "Acme Plumbing (business)"],
      ["Service address", "1025 Eldorado Blvd, Suite 100, Broomfield, CO 80021"],
      ["Caller name", null],
      ["E911", "Lumen static 911"],
      ["Directory listing", "List and publish: Acme Plumbing"],
      ["Customer service name", "ACME-MAIN"],
      ["Install", "On Mon 7 Dec 2026"],
    ]);
  });

  it("a port: what its versions leave out, and the PIN only as given, from the redacted request", () => {
    const kept = asKept(samplePort);
    expect(JSON.stringify(kept)).not.toContain("4321");
    expect(orderRequestFacts("port", kept)).toEqual([
      ["Letter of authorization", "Signed by Ann O'Neil on Fri 20 Nov 2026, 15:00 UTC"],
      ["Losing carrier account", "ACCT-778"],
      ["PIN", "Given (not kept)"],
      ["Wireless", "No"],
      ["Customer service name", "Account default"],
      ["Caller name", "ANN ONEIL"],
      ["E911", "Customer-provided E911"],
      ["Directory listing", null],
    ]);
    expect(orderRequestFacts("port", { ...samplePort, losingCarrierPin: undefined })).toContainEqual(["PIN", null]);
  });

  it("a change: only the fields it changes; a listing that keeps its type says so", () => {
    expect(orderRequestFacts("change", sampleChange)).toEqual([["Subscriber", "Acme Plumbing Co (business)"]]);
    const change = {
      productID: "2042",
      tnList: ["3035551234"],
      cnam: { customerName: "ACME", blockCustomerName: "Y" },
      directoryListing: { directoryListingAction: "C", directoryBusinessName: "Acme" },
      customerServiceName: "ACME-MAIN",
    };
    expect(orderRequestFacts("change", change)).toEqual([
      ["Caller name", "ACME (blocked)"],
      ["Directory listing", "Acme (type unchanged)"],
      ["Customer service name", "ACME-MAIN"],
    ]);
  });

  it("a disconnect, a supplement, a cancel and a backorder answer", () => {
    expect(orderRequestFacts("disconnect", sampleDisconnect)).toEqual([["Disconnect on", "Tue 1 Dec 2026"]]);
    expect(orderRequestFacts("supplement", { voiceOrderId: "VO1", customerRequestDate: "2026-12-09T12:00:00Z", firstName: "Anne" })).toEqual([
      ["Requested date", "Wed 9 Dec 2026, 12:00 UTC"],
      ["First name", "Anne"],
    ]);
    expect(orderRequestFacts("cancel", { voiceOrderId: "VO1" })).toEqual([["Cancels", "The whole order"]]);
    expect(orderRequestFacts("cancel", { voiceOrderId: "VO1", childOrderId: "CH-2" })).toEqual([["Cancels", "Child order CH-2 only"]]);
    expect(orderRequestFacts("approval", { voiceOrderId: "VO1", decision: "ACCEPT_AVAILABLE_ONLY" })).toEqual([["Answer", "Accept available only"]]);
  });

  it("says nothing where the page says it all, and reads a request missing its parts as not given instead of failing", () => {
    expect(orderRequestFacts("port_now", { voiceOrderId: "VO1" })).toEqual([]);
    expect(orderRequestFacts("install", null)).toEqual([]);
    expect(orderRequestFacts("install", { productID: "2036", subscriberLines: "?" })).toEqual([
      ["Subscriber", null],
      ["Service address", null],
      ["Caller name", null],
      ["Customer service name", "Account default"],
      ["Install", "At once"],
    ]);
    expect(orderRequestFacts("reserve", { rateCenters: [{ quantity: "x" }] })).toEqual([["Rate center", "Quantity not given"]]);
  });
});
