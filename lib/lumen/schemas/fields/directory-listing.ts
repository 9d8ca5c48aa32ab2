// Directory listing (ELS only). Install orders add a listing (action A, 20022; C or D is
// 20232); change orders change one (action C, 20051) and must name something (20052).
import { z } from "zod";
import { addLumenIssue } from "../../lumen-rule";
import { codedEnum, codedString } from "./coded";
import { basicLatinRule } from "./text";

export const DIRECTORY_LISTING_TYPES = ["1", "2"] as const;

const listingNameFields = () => ({
  directoryFirstName: codedString({ rules: [basicLatinRule] }).optional(),
  directoryLastName: codedString({ rules: [basicLatinRule] }).optional(),
  directoryBusinessName: codedString({ rules: [basicLatinRule] }).optional(),
});

const listingTypeMeta = { description: "1 list and publish, 2 list only." };

export const InstallDirectoryListingSchema = z.object({
  directoryListingAction: codedString<"A">({
    missing: 20022,
    rules: [
      { code: 20232, test: (action) => action !== "C" && action !== "D" },
      { code: 20022, oneOf: ["A"] },
    ],
  }),
  directoryListingType: codedEnum(DIRECTORY_LISTING_TYPES, 20021, listingTypeMeta),
  ...listingNameFields(),
});

export const ChangeDirectoryListingSchema = z
  .object({
    directoryListingAction: codedEnum(["C"], 20051),
    directoryListingType: codedEnum(DIRECTORY_LISTING_TYPES, 20021, listingTypeMeta).optional(),
    ...listingNameFields(),
  })
  .check((payload) => {
    const { directoryFirstName, directoryLastName, directoryBusinessName } = payload.value;
    if (!directoryFirstName && !directoryLastName && !directoryBusinessName) addLumenIssue(payload, 20052);
  });

export type InstallDirectoryListing = z.output<typeof InstallDirectoryListingSchema>;

/** 20019 / 20020: the listing names the customer type requires on an install. */
export function checkListingNames(
  payload: z.core.ParsePayload,
  customerType: unknown,
  listing: Partial<InstallDirectoryListing>,
  path: (string | number)[],
) {
  if (customerType === "B" && !listing.directoryBusinessName) addLumenIssue(payload, 20019, [...path, "directoryBusinessName"]);
  if (customerType === "R" && (!listing.directoryFirstName || !listing.directoryLastName)) {
    addLumenIssue(payload, 20020, [...path, listing.directoryFirstName ? "directoryLastName" : "directoryFirstName"]);
  }
}
