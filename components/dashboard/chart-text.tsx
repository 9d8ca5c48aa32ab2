import type { LegendPayload } from "recharts";

// Recharts draws its text in its own greys (#666 ticks, #808080 labels) and a legend's
// words in each series' colour: on the portal's cards, in light and dark, several fall
// under the 4.5:1 contrast text needs. The charts take their text colours from here.

/** Axis ticks and a reference line's label ("75 %"), in the theme's muted text colour. */
export const CHART_TEXT = { fontSize: 12, fill: "var(--color-muted-foreground)" } as const;

/** A Legend `formatter`: the series' name in the text colour (the swatch beside it keeps the series' colour). */
export function legendText(value: string) {
  return <span className="text-foreground">{value}</span>;
}

/**
 * A Legend `itemSorter` that lists the series in the order they are drawn (left to right,
 * or bottom to top of a stack). Recharts sorts a legend by its labels otherwise, so the
 * legend and the bars disagree.
 */
export function inSeriesOrder(dataKeys: readonly string[]) {
  return (item: LegendPayload) => dataKeys.indexOf(String(item.dataKey));
}
