// One row per Lumen code the port form checks as the user types: a valid port with one thing
// changed, the field the code shows on, and the code. The form's own test and the server's
// test (the same input sent past the browser) both read this table.
import { addBusinessDays } from "@/lib/lumen/business-days";
import { EMPTY_PORT, type PortField, type PortWizardValues } from "./port-wizard-schema";

const day = (date: Date) => date.toISOString().slice(0, 10);

export const VALID_LI_PORT: PortWizardValues = {
  ...EMPTY_PORT,
  tnText: "7205550100\n+17205550101",
  productID: "2036",
  customerType: "R",
  firstName: "Ann",
  lastName: "O'Neil",
  streetNumber: "9",
  streetName: "Larimer",
  streetSuffix: "St",
  city: "Denver",
  state: "CO",
  zip: "80202",
  portDate: day(addBusinessDays(new Date(), 10)),
  billingTelephoneNumber: "7205550100",
  loaName: "Ann O'Neil",
  loaReceived: true,
  loaDateTime: "2026-11-20T15:00",
  losingCarrierAccountNumber: "ACCT-778",
  losingCarrierPin: "4321",
  losingCarrierWirelessLnp: "N",
};

export const VALID_ELS_PORT: PortWizardValues = {
  ...VALID_LI_PORT,
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

export interface PortFormCase {
  name: string;
  values: PortWizardValues;
  field: PortField;
  code: number;
}

const li = (patch: Partial<PortWizardValues>) => ({ ...VALID_LI_PORT, ...patch });
const els = (patch: Partial<PortWizardValues>) => ({ ...VALID_ELS_PORT, ...patch });
const row = (name: string, values: PortWizardValues, field: PortField, code: number): PortFormCase => ({ name, values, field, code });

export const PORT_FORM_CASES: readonly PortFormCase[] = [
  row("no numbers", li({ tnText: "", billingTelephoneNumber: "" }), "tnText", 20015),
  row("a nine-digit number", li({ tnText: "7205550100, 720555010" }), "tnText", 20025),
  row("a range that runs backwards", li({ tnText: "7205550110–7205550100" }), "tnText", 20025),
  row("no product", li({ productID: "" }), "productID", 20000),
  row("no customer type", li({ customerType: "" }), "customerType", 20001),
  row("residential without a last name", li({ lastName: "" }), "lastName", 20003),
  row("residential without either name, the first", li({ firstName: "", lastName: "" }), "firstName", 20003),
  row("residential without either name, the last", li({ firstName: "", lastName: "" }), "lastName", 20003),
  row("business without a business name", els({ businessName: "" }), "businessName", 20004),
  row("residential with a business name", li({ businessName: "Ann's Shop" }), "businessName", 20005),
  row("business with a first name", els({ firstName: "Ann" }), "firstName", 20006),
  row("business with both names, the last", els({ firstName: "Ann", lastName: "O'Neil" }), "lastName", 20006),
  row("special character in a first name", li({ firstName: "Ann!" }), "firstName", 20210),
  row("special character in a last name", li({ lastName: "O'Neil #2" }), "lastName", 20211),
  row("a name outside basic Latin", li({ firstName: "Zoë" }), "firstName", 20237),
  row("no street number", li({ streetNumber: "" }), "streetNumber", 20007),
  row("no street name", li({ streetName: " " }), "streetName", 20008),
  row("no city", li({ city: "" }), "city", 20010),
  row("no state", li({ state: "" }), "state", 20011),
  row("no ZIP code", li({ zip: "" }), "zip", 20012),
  row("a four-digit ZIP code", li({ zip: "8020" }), "zip", 20013),
  row("a secondary location over 20 characters", li({ secondaryLocation: "Building 7, Floor 12, Suite 1200" }), "secondaryLocation", 20014),
  row("CNAM without a name on Local Inbound", li({ cnam: true, cnamName: "" }), "cnamName", 20024),
  row("CNAM name over 15 characters", els({ cnamName: "LARIMER BAKERY AND CAFE" }), "cnamName", 20218),
  row("ELS without an E911 option", els({ e911Option: "" }), "e911Option", 20040),
  row("listing without list type", els({ listingType: "" }), "listingType", 20021),
  row("business listing without its name", els({ listingBusinessName: "" }), "listingBusinessName", 20019),
  row(
    "residential listing without a last name",
    els({ customerType: "R", businessName: "", firstName: "Ann", lastName: "O'Neil", listingFirstName: "Ann", listingLastName: "" }),
    "listingLastName",
    20020,
  ),
  row("no name on the letter of authorization", li({ loaName: " " }), "loaName", 20026),
  row("an LOA name outside basic Latin", li({ loaName: "Zoë O'Neil" }), "loaName", 20237),
  row("the letter of authorization not in hand", li({ loaReceived: false }), "loaReceived", 20027),
  row("no LOA date and time", li({ loaDateTime: "" }), "loaDateTime", 20028),
  row("an LOA date typed in another format", li({ loaDateTime: "11/20/2026 3pm" }), "loaDateTime", 20047),
  row("no requested port date", li({ portDate: "" }), "portDate", 20067),
  row("a port date typed in another format", li({ portDate: "12/07/2030" }), "portDate", 20050),
  row("a port date in the past", li({ portDate: day(addBusinessDays(new Date(), -2)) }), "portDate", 20214),
  row("a losing-carrier account number with a symbol", li({ losingCarrierAccountNumber: "ACCT#778" }), "losingCarrierAccountNumber", 20112),
  row("a PIN over 10 characters", li({ losingCarrierPin: "12345678901" }), "losingCarrierPin", 20113),
  row("a PIN with a symbol", els({ losingCarrierPin: "43-21" }), "losingCarrierPin", 20113),
  row("wireless or not left unsaid", li({ losingCarrierWirelessLnp: "" }), "losingCarrierWirelessLnp", 20114),
  row("a billing number that is not a telephone number", li({ billingTelephoneNumber: "720555010" }), "billingTelephoneNumber", 20204),
];
