import type { ReactNode } from "react";

/**
 * A chart's numbers as a table behind a disclosure: the text alternative for screen
 * readers and anyone who wants exact values, reachable by keyboard.
 */
export function ChartTable({ caption, headers, rows }: { caption: string; headers: string[]; rows: ReactNode[][] }) {
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-primary underline-offset-4 hover:underline">Show as a table</summary>
      <div className="mt-2 max-h-72 overflow-auto rounded-md border">
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="border-b bg-muted/50">
            <tr>
              {headers.map((header, i) => (
                <th key={header} scope="col" className={`px-3 py-1.5 text-xs font-medium text-muted-foreground ${i === 0 ? "text-left" : "text-right"}`}>
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y">
            {rows.map((cells, r) => (
              <tr key={r}>
                {cells.map((cell, i) =>
                  i === 0 ? (
                    <th key={i} scope="row" className="px-3 py-1.5 text-left font-normal">
                      {cell}
                    </th>
                  ) : (
                    <td key={i} className="px-3 py-1.5 text-right tabular-nums">
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
