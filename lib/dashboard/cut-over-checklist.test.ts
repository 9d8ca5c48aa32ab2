import { describe, expect, it } from "vitest";
import { samplePort } from "@/lib/lumen/schemas/sample-requests";
import { cutOverChecklist } from "./cut-over-checklist";

const line = samplePort.subscriberLines[0];
const portWith = (e911Option: string | undefined) => ({ ...samplePort, productID: "2042", subscriberLines: [{ ...line, e911Option }] });
const e911 = (request: unknown, cutOver?: "ahead" | "done") => cutOverChecklist(request, "2042", cutOver).find((item) => item.item === "e911")!;

describe("the E911 item of a port's cut-over checklist", () => {
  it("asks for customer-provided 911 to be confirmed before cut-over while the port is ahead", () => {
    expect(e911(portWith("CP911"))).toMatchObject({ state: "attention", detail: expect.stringMatching(/before cut-over\.$/) });
    expect(e911(portWith(undefined)).detail).toBe("The order sets no E911 option: check how 911 calls will be routed.");
  });

  it("says the numbers have cut over once the port completed, and still needs attention", () => {
    const cp = e911(portWith("CP911"), "done");
    expect(cp.state).toBe("attention");
    expect(cp.detail).toBe("Customer-provided, and the numbers have cut over: make sure the customer's 911 provider has them and the address.");
    expect(e911(portWith(undefined), "done").detail).toBe("The order set no E911 option, and the numbers have cut over: check how 911 calls are routed.");
  });

  it("keeps Lumen's static 911 done either way", () => {
    expect(e911(portWith("STATIC911"), "done")).toMatchObject({ state: "done", detail: "Included: Lumen's static 911 at the service address." });
  });
});

describe("the caller name item", () => {
  it("says what calls show without a caller name: the rate center's city and state, as Lumen's guide has it", () => {
    const noName = { ...samplePort, productID: "2042", subscriberLines: [{ ...line, cnam: undefined }] };
    const cnam = cutOverChecklist(noName, "2042").find((item) => item.item === "cnam")!;
    expect(cnam).toMatchObject({ state: "attention", detail: expect.stringContaining("the city and state of the number's rate center") });
  });
});
