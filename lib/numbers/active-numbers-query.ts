// The active-numbers list's filters as they travel in the URL: shared by the filter bar,
// the page and the CSV route. Only the customer service name is a parameter of Lumen's
// report; product, sub-account and the search apply to the report merged with our mirror.
import { z } from "zod";

export const ACTIVE_PAGE_SIZE = 50;
const MAX_ACTIVE_PAGE_SIZE = 200;

export const ACTIVE_PRODUCTS = ["2036", "2042"] as const;

export const ActiveNumbersQuerySchema = z.object({
  product: z.enum(ACTIVE_PRODUCTS, "Choose Local Inbound (2036) or Enhanced Local Service (2042).").optional(),
  customerServiceName: z.string().trim().min(1).max(64, "Use at most 64 characters.").optional(),
  /** A sub-account's id (staff only); "none" for numbers no sub-account holds. */
  subAccount: z.string().trim().min(1).max(64).optional(),
  /** Part of a number (digits, any punctuation) or of the subscriber's name. */
  q: z.string().trim().min(1).max(100, "Use at most 100 characters.").optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_ACTIVE_PAGE_SIZE).default(ACTIVE_PAGE_SIZE),
});

export type ActiveNumbersQuery = z.input<typeof ActiveNumbersQuerySchema>;
export type ParsedActiveNumbersQuery = z.output<typeof ActiveNumbersQuerySchema>;

/** The filter keys, in the order the filter bar shows them. */
export const ACTIVE_FILTER_KEYS = ["q", "product", "customerServiceName", "subAccount"] as const;
export type ActiveFilterKey = (typeof ACTIVE_FILTER_KEYS)[number];
