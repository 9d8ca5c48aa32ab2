// The reserved-numbers list's filters as they travel in the URL: shared by the filter bar
// (to read the address back) and the server (listReservedNumbers, the CSV route). NPA, NXX
// and the order IDs go to Lumen's GET /Numbers/inventory; Lumen has no rate-center
// parameter, so `rateCenter` narrows the rows of the page Lumen returned.
import { z } from "zod";
import { addLumenIssue } from "@/lib/lumen/lumen-rule";
import { NPA_PATTERN, NXX_PATTERN } from "@/lib/lumen/telephone-numbers";
import { codedString } from "@/lib/lumen/schemas/fields/coded";
import { voiceOrderIdField } from "@/lib/lumen/schemas/fields/order-ids";
import { MAX_PAGE_SIZE } from "@/lib/lumen/schemas/fields/paging";

export const RESERVED_PAGE_SIZE = 50;

export const ReservedNumbersQuerySchema = z
  .object({
    rateCenter: z
      .string()
      .trim()
      .min(1)
      .max(64, "Use at most 64 characters.")
      .transform((value) => value.toUpperCase())
      .optional(),
    NPA: codedString({ rules: [{ code: 20091, pattern: NPA_PATTERN }] }).optional(),
    NXX: codedString({ rules: [{ code: 20091, pattern: NXX_PATTERN }] }).optional(),
    voiceOrderID: voiceOrderIdField(20049).optional(),
    externalOrderID: z.string().trim().min(1).max(50, "Use at most 50 characters.").optional(),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(RESERVED_PAGE_SIZE),
  })
  .check((payload) => {
    // Lumen answers an NXX without its NPA with 20091; say so before asking.
    if (payload.value.NXX !== undefined && payload.value.NPA === undefined) addLumenIssue(payload, 20091, ["NXX"]);
  });

export type ReservedNumbersQuery = z.input<typeof ReservedNumbersQuerySchema>;
export type ParsedReservedNumbersQuery = z.output<typeof ReservedNumbersQuerySchema>;

/** The filter keys, in the order the filter bar shows them. */
export const RESERVED_FILTER_KEYS = ["rateCenter", "NPA", "NXX", "voiceOrderID", "externalOrderID"] as const;
export type ReservedFilterKey = (typeof RESERVED_FILTER_KEYS)[number];
