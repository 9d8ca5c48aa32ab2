import { describe, expect, it } from "vitest";
import { codedMessage } from "@/components/wizard/coded-message";
import { lumenMessage } from "@/lib/lumen/codes";
import { MAX_TNS_PER_PORT } from "@/lib/lumen/schemas/port-order";
import { PORT_FORM_CASES, VALID_ELS_PORT, VALID_LI_PORT } from "./port-form-cases";
import { sortByPortability } from "./portability";
import { LOA_IN_THE_FUTURE } from "@/lib/orders/letter-of-authorization";
import { makePortWizardSchema, MAX_TNS_PER_PORT_BATCH, planPort, portIssues, toLoaDateTime } from "./port-wizard-schema";

describe("the port form checks each field by the contract's rules", () => {
  it.each(PORT_FORM_CASES)("$name → $code on $field", ({ values, field, code }) => {
    expect(portIssues(values)[field]).toMatch(new RegExp(`^${escape(codedMessage(code, lumenMessage(code)))}`));
  });

  it.each([
    ["Local Inbound", VALID_LI_PORT],
    ["Enhanced Local Service", VALID_ELS_PORT],
  ])("accepts a complete %s port", (_, values) => {
    expect(portIssues(values)).toEqual({});
  });

  it("refuses a letter of authorization signed after today, which Lumen would take", () => {
    const inAWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 16);
    expect(portIssues({ ...VALID_LI_PORT, loaDateTime: inAWeek }).loaDateTime).toBe(LOA_IN_THE_FUTURE);
    const anHourAgo = new Date(Date.now() - 3_600_000);
    expect(portIssues({ ...VALID_LI_PORT, loaDateTime: localDateTime(anHourAgo) })).toEqual({});
  });

  it("names the piece of text that is not a number", () => {
    expect(portIssues({ ...VALID_LI_PORT, tnText: "7205550100 720555010" }).tnText).toBe(`20025 · ${lumenMessage(20025)} (720555010)`);
  });

  it("sends only the fields that apply: no E911 or listing on Local Inbound, caller name on both", () => {
    const [request] = planPort({ ...VALID_ELS_PORT, productID: "2036" }).requests;
    expect(request?.subscriberLines[0]).not.toHaveProperty("e911Option");
    expect(request?.subscriberLines[0]).not.toHaveProperty("directoryListing");
    expect(request?.subscriberLines[0]?.cnam).toEqual({ customerName: "LARIMER BAKERY", blockCustomerName: "N" });
  });

  it("builds the LNP request with the letter of authorization and the losing carrier", () => {
    const [request] = planPort(VALID_LI_PORT).requests;
    expect(request).toMatchObject({
      orderType: "LNP",
      tnList: ["7205550100", "7205550101"],
      customerRequestDate: `${VALID_LI_PORT.portDate}T00:00:00Z`,
      billingTelephoneNumber: "7205550100",
      loaName: "Ann O'Neil",
      loaReceived: "Y",
      loaDateTime: toLoaDateTime("2026-11-20T15:00"),
      losingCarrierAccountNumber: "ACCT-778",
      losingCarrierPin: "4321",
      losingCarrierWirelessLnp: "N",
    });
    expect(request?.loaDateTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00Z$/);
  });

  it("leaves out the optional losing-carrier fields left blank", () => {
    const [request] = planPort({ ...VALID_LI_PORT, billingTelephoneNumber: "", losingCarrierAccountNumber: "", losingCarrierPin: " " }).requests;
    expect(request).not.toHaveProperty("billingTelephoneNumber");
    expect(request).not.toHaveProperty("losingCarrierAccountNumber");
    expect(request).not.toHaveProperty("losingCarrierPin");
  });

  it("asks for the billing number again when it is no longer among the numbers being ported", () => {
    expect(portIssues({ ...VALID_LI_PORT, setAside: ["7205550100"] }).billingTelephoneNumber).toMatch(/^Choose the billing number again/);
  });

  it("asks a reseller's user for one of its customer service names", () => {
    const result = makePortWizardSchema({ serviceNameRequired: true }).safeParse(VALID_LI_PORT);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["customerServiceName"]);
  });
});

describe("numbers set aside and requests of at most the port limit", () => {
  it("leaves the numbers the portability check set aside out of every request", () => {
    const plan = planPort({ ...VALID_LI_PORT, tnText: "7205550100-7205550103", setAside: ["7205550102"] });
    expect(plan.porting).toEqual(["7205550100", "7205550101", "7205550103"]);
    expect(plan.requests.flatMap((request) => request.tnList)).toEqual(plan.porting);
  });

  it("sets aside the numbers Lumen says it cannot port, and any its answer leaves out", () => {
    const verdict = sortByPortability(["7205550100", "7205559999", "7205550102"], {
      results: [
        { telephoneNumber: "+17205550100", portable: true, losingCarrier: "Front Range Tel" },
        { telephoneNumber: "7205559999", portable: false, reason: "The donating carrier does not release this number." },
      ],
    });
    expect(verdict.portable.map((result) => [result.telephoneNumber, result.losingCarrier])).toEqual([["7205550100", "Front Range Tel"]]);
    expect(verdict.setAside.map((n) => n.tn)).toEqual(["7205559999", "7205550102"]);
    expect(verdict.setAside[0]?.reason).toBe("The donating carrier does not release this number.");
    expect(verdict.setAside[1]?.reason).toMatch(/did not include this number/);
  });

  it("says so when every number was set aside", () => {
    expect(portIssues({ ...VALID_LI_PORT, billingTelephoneNumber: "", setAside: ["7205550100", "7205550101"] }).tnText).toMatch(/^None of these numbers can be ported/);
  });

  it("splits 120 numbers into requests of the port limit, the rest in the last, for the same subscriber", () => {
    const plan = planPort({ ...VALID_LI_PORT, tnText: "7205550100-7205550219" });
    expect(plan.requests.map((request) => request.tnList.length)).toEqual([MAX_TNS_PER_PORT, MAX_TNS_PER_PORT, 120 - 2 * MAX_TNS_PER_PORT]);
    expect(new Set(plan.requests.flatMap((request) => request.tnList)).size).toBe(120);
    expect(plan.requests.every((request) => request.subscriberLines[0] === plan.requests[0]?.subscriberLines[0])).toBe(true);
    expect(plan.requests.every((request) => request.billingTelephoneNumber === "7205550100")).toBe(true);
    expect(portIssues({ ...VALID_LI_PORT, tnText: "7205550100-7205550219" })).toEqual({});
  });

  it("refuses more numbers than one sitting carries", () => {
    expect(portIssues({ ...VALID_LI_PORT, tnText: `7205550000-${7205550000 + MAX_TNS_PER_PORT_BATCH}` }).tnText).toMatch(/^At most \d+ numbers at once/);
  });
});

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** What the date-time picker holds for `date`: the reader's local time, to the minute. */
function localDateTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
