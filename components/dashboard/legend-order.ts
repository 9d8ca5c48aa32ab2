import type { LegendPayload } from "recharts";

/**
 * A Legend `itemSorter` that lists the series in the order they are drawn (left to right,
 * or bottom to top of a stack). Recharts sorts a legend by its labels otherwise, so the
 * legend and the bars disagree.
 */
export function inSeriesOrder(dataKeys: readonly string[]) {
  return (item: LegendPayload) => dataKeys.indexOf(String(item.dataKey));
}
