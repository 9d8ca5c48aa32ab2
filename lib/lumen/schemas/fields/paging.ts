// Paging query parameters shared by the list operations.
import { codedQueryInteger } from "./coded";

export const MAX_PAGE_SIZE = 500;
/** The page size when none is asked for. The guide gives none; 50 assumed, as the sandbox does. */
export const DEFAULT_PAGE_SIZE = 50;

export const pagingFields = () => ({
  pageNumber: codedQueryInteger({ invalid: 20103, minimum: 1, meta: { description: "1-based page number." } }).optional(),
  pageSize: codedQueryInteger({
    invalid: 20104,
    minimum: 1,
    maximum: { value: MAX_PAGE_SIZE, code: 20104 },
    meta: { "x-assumed": true, "x-assumed-reason": "The guide gives no maximum page size; 500 assumed." },
  }).optional(),
});
