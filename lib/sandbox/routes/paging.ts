// Lumen's list operations page with 1-based pageNumber and pageSize.

import { DEFAULT_PAGE_SIZE } from "@/lib/lumen/schemas/fields/paging";

export function paginate<T>(items: T[], pageNumber = 1, pageSize = DEFAULT_PAGE_SIZE) {
  const start = (pageNumber - 1) * pageSize;
  return { pageNumber, pageSize, totalCount: items.length, items: items.slice(start, start + pageSize) };
}
