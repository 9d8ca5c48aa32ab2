// One row per Lumen code the change form checks as the user types: a valid change with one
// thing altered, the field the code shows on, and the code. The form's own test and the
// server's test (the same input sent past the browser) both read this table.
import { EMPTY_CHANGE, type ChangeField, type ChangeWizardValues } from "./change-wizard-schema";

/** A caller name and a new route for three numbers: the change partners make most. */
export const VALID_LI_CHANGE: ChangeWizardValues = {
  ...EMPTY_CHANGE,
  tnText: "3039740101\n3039740102\n+13039740103",
  productID: "2036",
  changeCnam: true,
  cnamName: "LARIMER BAKERY",
  changeServiceName: true,
  customerServiceName: "ACME-BACKUP",
};

/** Every section opened, on Enhanced Local Service. */
export const VALID_ELS_CHANGE: ChangeWizardValues = {
  ...VALID_LI_CHANGE,
  productID: "2042",
  changeSubscriber: true,
  customerType: "B",
  businessName: "Larimer Bakery",
  changeAddress: true,
  streetNumber: "1550",
  streetName: "Larimer",
  streetSuffix: "St",
  city: "Denver",
  state: "CO",
  zip: "80202",
  changeE911: true,
  e911Option: "STATIC911",
  changeListing: true,
  listingType: "1",
  listingBusinessName: "Larimer Bakery",
};

export interface ChangeFormCase {
  name: string;
  values: ChangeWizardValues;
  field: ChangeField;
  code: number;
}

const li = (patch: Partial<ChangeWizardValues>) => ({ ...VALID_LI_CHANGE, ...patch });
const els = (patch: Partial<ChangeWizardValues>) => ({ ...VALID_ELS_CHANGE, ...patch });
const person = { changeSubscriber: true, customerType: "R", firstName: "Ada", lastName: "Byron" } as const;
const row = (name: string, values: ChangeWizardValues, field: ChangeField, code: number): ChangeFormCase => ({ name, values, field, code });

export const CHANGE_FORM_CASES: readonly ChangeFormCase[] = [
  row("no numbers", li({ tnText: "" }), "tnText", 20015),
  row("a nine-digit number", li({ tnText: "3039740101, 303974010" }), "tnText", 20025),
  row("no product", li({ productID: "" }), "productID", 20000),
  row("nothing to change", li({ changeCnam: false, changeServiceName: false }), "changes", 20057),
  row("a new name without a customer type", li({ ...person, customerType: "" }), "customerType", 20043),
  row("a business name on a residential line", li({ ...person, businessName: "Ada's Shop" }), "customerType", 20044),
  row("a person's name on a business line", els({ firstName: "Ada" }), "customerType", 20045),
  row("a first name without a last name", li({ ...person, lastName: "" }), "lastName", 20046),
  // A type chosen without the name it needs would leave the subscriber nameless.
  row("Business chosen without a business name", li({ changeSubscriber: true, customerType: "B", businessName: "" }), "businessName", 20004),
  row("Residential chosen without a name", li({ ...person, firstName: "", lastName: "" }), "firstName", 20003),
  row("special character in a first name", li({ ...person, firstName: "Ada!" }), "firstName", 20210),
  row("special character in a last name", li({ ...person, lastName: "Byron #2" }), "lastName", 20211),
  row("a name outside basic Latin", li({ ...person, firstName: "José" }), "firstName", 20237),
  row("no street number", els({ streetNumber: "" }), "streetNumber", 20007),
  row("no street name", els({ streetName: " " }), "streetName", 20008),
  row("no city", els({ city: "" }), "city", 20010),
  row("no state", els({ state: "" }), "state", 20011),
  row("no ZIP code", els({ zip: "" }), "zip", 20012),
  row("a four-digit ZIP code", els({ zip: "8020" }), "zip", 20013),
  row("a secondary location over 20 characters", els({ secondaryLocation: "Building 7, Floor 12, Suite 1200" }), "secondaryLocation", 20014),
  row("CNAM without a name", li({ cnamName: "" }), "cnamName", 20024),
  row("CNAM name over 15 characters", li({ cnamName: "ADA BYRON LOVELACE" }), "cnamName", 20218),
  row("CNAM name outside basic Latin", li({ cnamName: "CAFÉ" }), "cnamName", 20237),
  row("an E911 change without an option", els({ e911Option: "" }), "e911Option", 20040),
  row("an E911 option on Local Inbound", li({ changeE911: true, e911Option: "STATIC911" }), "e911Option", 20040),
  row("a listing change without a listed name", els({ listingBusinessName: "" }), "listingBusinessName", 20052),
  // A residential subscriber's listing shows no business name box: the code goes on the first name.
  row("a residential listing without a listed name", els({ ...person, businessName: "", listingBusinessName: "" }), "listingFirstName", 20052),
  row("a listed name outside basic Latin", els({ listingBusinessName: "Café Larimer" }), "listingBusinessName", 20237),
];
