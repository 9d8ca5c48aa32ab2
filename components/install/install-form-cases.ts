// One row per Lumen code the install form checks as the user types: a valid install with
// one thing changed, the field the code shows on, and the code. The form's own test and
// the server's test (the same input sent past the browser) both read this table.
import { addBusinessDays } from "@/lib/lumen/business-days";
import { EMPTY_INSTALL, type InstallField, type InstallWizardValues } from "./install-wizard-schema";

export const VALID_LI_INSTALL: InstallWizardValues = {
  ...EMPTY_INSTALL,
  tnText: "3039740001\n+13039740002",
  productID: "2036",
  customerType: "R",
  firstName: "Ada",
  lastName: "Byron",
  streetNumber: "9",
  streetName: "Larimer",
  streetSuffix: "St",
  city: "Denver",
  state: "CO",
  zip: "80202",
};

export const VALID_ELS_INSTALL: InstallWizardValues = {
  ...VALID_LI_INSTALL,
  productID: "2042",
  customerType: "B",
  firstName: "",
  lastName: "",
  businessName: "Larimer Bakery",
  e911Option: "STATIC911",
  listing: true,
  listingType: "1",
  listingBusinessName: "Larimer Bakery",
  cnam: true,
  cnamName: "LARIMER BAKERY",
};

export interface InstallFormCase {
  name: string;
  values: InstallWizardValues;
  field: InstallField;
  code: number;
}

const li = (patch: Partial<InstallWizardValues>) => ({ ...VALID_LI_INSTALL, ...patch });
const els = (patch: Partial<InstallWizardValues>) => ({ ...VALID_ELS_INSTALL, ...patch });
const day = (date: Date) => date.toISOString().slice(0, 10);
const row = (name: string, values: InstallWizardValues, field: InstallField, code: number): InstallFormCase => ({ name, values, field, code });

export const INSTALL_FORM_CASES: readonly InstallFormCase[] = [
  row("no numbers", li({ tnText: "" }), "tnText", 20015),
  row("a nine-digit number", li({ tnText: "3039740001, 303974000" }), "tnText", 20025),
  row("a range that runs backwards", li({ tnText: "3039740010–3039740001" }), "tnText", 20025),
  row("no product", li({ productID: "" }), "productID", 20000),
  row("no customer type", li({ customerType: "" }), "customerType", 20001),
  row("residential without a last name", li({ lastName: "" }), "lastName", 20003),
  row("residential without either name, the first", li({ firstName: "", lastName: "" }), "firstName", 20003),
  row("residential without either name, the last", li({ firstName: "", lastName: "" }), "lastName", 20003),
  row("business without a business name", els({ businessName: "" }), "businessName", 20004),
  row("residential with a business name", li({ businessName: "Ada's Shop" }), "businessName", 20005),
  row("business with a first name", els({ firstName: "Ada" }), "firstName", 20006),
  row("business with both names, the last", els({ firstName: "Ada", lastName: "Byron" }), "lastName", 20006),
  row("special character in a first name", li({ firstName: "Ada!" }), "firstName", 20210),
  row("special character in a last name", li({ lastName: "Byron #2" }), "lastName", 20211),
  row("a name outside basic Latin", li({ firstName: "José" }), "firstName", 20237),
  row("no street number", li({ streetNumber: "" }), "streetNumber", 20007),
  row("no street name", li({ streetName: " " }), "streetName", 20008),
  row("no city", li({ city: "" }), "city", 20010),
  row("no state", li({ state: "" }), "state", 20011),
  row("no ZIP code", li({ zip: "" }), "zip", 20012),
  row("a four-digit ZIP code", li({ zip: "8020" }), "zip", 20013),
  row("a secondary location over 20 characters", li({ secondaryLocation: "Building 7, Floor 12, Suite 1200" }), "secondaryLocation", 20014),
  row("CNAM without a name", li({ cnam: true, cnamName: "" }), "cnamName", 20024),
  row("CNAM name over 15 characters", li({ cnam: true, cnamName: "ADA BYRON LOVELACE" }), "cnamName", 20218),
  row("CNAM name outside basic Latin", li({ cnam: true, cnamName: "CAFÉ" }), "cnamName", 20237),
  row("ELS without an E911 option", els({ e911Option: "" }), "e911Option", 20040),
  row("listing without list type", els({ listingType: "" }), "listingType", 20021),
  row("business listing without its name", els({ listingBusinessName: "" }), "listingBusinessName", 20019),
  row(
    "residential listing without a last name",
    els({ customerType: "R", businessName: "", firstName: "Ada", lastName: "Byron", listingFirstName: "Ada", listingLastName: "" }),
    "listingLastName",
    20020,
  ),
  row("an install date typed in another format", li({ installDate: "12/07/2030" }), "installDate", 20215),
  row("an install date less than a week ahead", li({ installDate: day(addBusinessDays(new Date(), 1)) }), "installDate", 20231),
];
