// One row per Lumen code the disconnect form checks as the user types: a valid disconnect
// with one thing altered, the field the code shows on, and the code. The form's own test
// and the server's test (the same input sent past the browser) both read this table.
// Dates are counted from today, as the contract counts them.
import { addBusinessDays } from "@/lib/lumen/business-days";
import { EMPTY_DISCONNECT, type DisconnectField, type DisconnectWizardValues } from "./disconnect-wizard-schema";

const DAY_MS = 24 * 60 * 60 * 1000;
const day = (date: Date) => date.toISOString().slice(0, 10);
const daysFromToday = (days: number) => day(new Date(Date.now() + days * DAY_MS));

export const VALID_DISCONNECT: DisconnectWizardValues = {
  ...EMPTY_DISCONNECT,
  tnText: "3039740101",
  requestDate: day(addBusinessDays(new Date(), 2)),
};

export interface DisconnectFormCase {
  name: string;
  values: DisconnectWizardValues;
  field: DisconnectField;
  code: number;
}

const valid = (patch: Partial<DisconnectWizardValues>) => ({ ...VALID_DISCONNECT, ...patch });
const row = (name: string, values: DisconnectWizardValues, field: DisconnectField, code: number): DisconnectFormCase => ({ name, values, field, code });

export const DISCONNECT_FORM_CASES: readonly DisconnectFormCase[] = [
  row("no numbers", valid({ tnText: "" }), "tnText", 20015),
  row("a nine-digit number", valid({ tnText: "3039740101, 303974010" }), "tnText", 20025),
  row("no date", valid({ requestDate: "" }), "requestDate", 20067),
  row("a date typed in another format", valid({ requestDate: "12/07/2030" }), "requestDate", 20069),
  row("a date in the past", valid({ requestDate: daysFromToday(-1) }), "requestDate", 20214),
  row("today", valid({ requestDate: daysFromToday(0) }), "requestDate", 20068),
  row("more than 30 days ahead", valid({ requestDate: daysFromToday(31) }), "requestDate", 20213),
];
