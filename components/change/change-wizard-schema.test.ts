import { describe, expect, it } from "vitest";
import { codedMessage } from "@/components/wizard/coded-message";
import { lumenMessage } from "@/lib/lumen/codes";
import { CHANGE_FORM_CASES, VALID_ELS_CHANGE, VALID_LI_CHANGE } from "./change-form-cases";
import { changeIssues, EMPTY_CHANGE, makeChangeWizardSchema, planChange } from "./change-wizard-schema";

describe("the change form checks each field by the contract's rules", () => {
  it.each(CHANGE_FORM_CASES)("$name → $code on $field", ({ values, field, code }) => {
    expect(changeIssues(values)[field]).toMatch(new RegExp(`^${escape(codedMessage(code, lumenMessage(code)))}`));
  });

  it.each([
    ["Local Inbound", VALID_LI_CHANGE],
    ["Enhanced Local Service", VALID_ELS_CHANGE],
  ])("accepts a complete %s change", (_, values) => {
    expect(changeIssues(values)).toEqual({});
  });

  it("names the piece of text that is not a number", () => {
    expect(changeIssues({ ...VALID_LI_CHANGE, tnText: "3039740101 303974010" }).tnText).toBe(`20025 · ${lumenMessage(20025)} (303974010)`);
  });

  it("sends only the sections that were opened, with what they hold", () => {
    const [request] = planChange({ ...VALID_LI_CHANGE, businessName: "left over", streetName: "left over" }).requests;
    expect(request).toEqual({
      productID: "2036",
      tnList: ["3039740101", "3039740102", "3039740103"],
      cnam: { customerName: "LARIMER BAKERY", blockCustomerName: "N" },
      customerServiceName: "ACME-BACKUP",
    });
    const [full] = planChange(VALID_ELS_CHANGE).requests;
    expect(full?.directoryListing).toEqual({ directoryListingAction: "C", directoryListingType: "1", directoryBusinessName: "Larimer Bakery" });
    expect(full?.e911Option).toBe("STATIC911");
    expect(full?.serviceAddress).toEqual({ streetNumber: "1550", streetName: "Larimer", streetSuffix: "St", city: "Denver", state: "CO", zip: "80202" });
  });

  it("keeps the listing's type when none is chosen", () => {
    const [request] = planChange({ ...VALID_ELS_CHANGE, listingType: "" }).requests;
    expect(request?.directoryListing).not.toHaveProperty("directoryListingType");
    expect(changeIssues({ ...VALID_ELS_CHANGE, listingType: "" })).toEqual({});
  });

  it("puts every number in one request: the contract sets no cap on a change order", () => {
    const plan = planChange({ ...VALID_LI_CHANGE, tnText: "3035550000-3035550899" });
    expect(plan.requests.map((request) => request.tnList.length)).toEqual([900]);
    expect(changeIssues({ ...VALID_LI_CHANGE, tnText: "3032000000-3039999999" }).tnText).toMatch(/^At most 3,990 numbers/);
  });

  it("holds a reseller's user to its own customer service names", () => {
    const schema = makeChangeWizardSchema({ serviceNames: ["RESELLER-ONE"] });
    expect(schema.safeParse(VALID_LI_CHANGE).error?.issues.map((issue) => issue.path.join("."))).toEqual(["customerServiceName"]);
    expect(schema.safeParse({ ...VALID_LI_CHANGE, customerServiceName: "RESELLER-ONE" }).success).toBe(true);
    expect(makeChangeWizardSchema({ serviceNames: null }).safeParse(VALID_LI_CHANGE).success).toBe(true);
  });

  it("says 20057 before anything is sent when no change is chosen", () => {
    const issues = changeIssues({ ...EMPTY_CHANGE, tnText: "3039740101", productID: "2036" });
    expect(Object.keys(issues)).toEqual(["changes"]);
  });

  it("asks for the customer type, not for a change, when the subscriber is opened and nothing chosen in it", () => {
    const issues = changeIssues({ ...EMPTY_CHANGE, tnText: "3039740101", productID: "2036", changeSubscriber: true });
    expect(issues).toEqual({ customerType: "20043 · Choose Business or Residential for the subscriber." });
  });
});

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

describe("rules without a Lumen code", () => {
  it("asks for the new customer service name in plain words", () => {
    expect(changeIssues({ ...VALID_LI_CHANGE, customerServiceName: " " }).customerServiceName).toBe(
      "Name the new customer service name, or leave the route unchanged.",
    );
  });
});
