// A service address, checked the way Lumen checks it (20007-20014). The street suffix is
// checked by Lumen against a list the guide does not publish (20009), so any text of basic
// Latin passes here, a blank one too.
import { z } from "zod";
import { codedEnum, codedString } from "./coded";
import { basicLatinRule } from "./text";
import { US_STATE_CODES } from "./us-states";

export const ZIP_PATTERN = /^\d{5}$/;

export const stateField = () => codedEnum(US_STATE_CODES, 20011, { description: "Two-letter USPS state code." });

export const zipField = () =>
  codedString({ missing: 20012, rules: [{ code: 20013, pattern: ZIP_PATTERN }], meta: { description: "Five-digit ZIP code." } });

const secondaryLocationField = () =>
  codedString({
    rules: [{ code: 20014, maxLength: 20 }, basicLatinRule],
    meta: { description: "Suite, unit, floor; at most 20 characters." },
  });

export const ServiceAddressSchema = z.object({
    streetNumber: codedString({ missing: 20007, rules: [basicLatinRule] }),
    streetName: codedString({ missing: 20008, rules: [basicLatinRule] }),
    streetSuffix: codedString({ missing: null, rules: [basicLatinRule] }).optional(),
    secondaryLocation: secondaryLocationField().optional(),
    city: codedString({ missing: 20010, rules: [basicLatinRule] }),
    state: stateField(),
    zip: zipField(),
  });

export type ServiceAddress = z.output<typeof ServiceAddressSchema>;
