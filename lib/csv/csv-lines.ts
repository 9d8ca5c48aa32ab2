import Papa from "papaparse";

// CSV written batch by batch, for downloads too long to hold whole. Many cells come from
// people (names, e-mail addresses, sub-account names, typed settings): one starting with
// "=", "+", "-", "@", a tab or a carriage return is prefixed with a quote so that a
// spreadsheet never runs it as a formula. Papa's own pattern for this misses a formula
// followed by a line break, so ours looks at the first character only.

const FORMULA_START = /^[=+\-@\t\r]/;

/** The header line, ending in CRLF as every line does. */
export function csvHeaderLine(fields: readonly string[]): string {
  return Papa.unparse({ fields: [...fields], data: [] }, { escapeFormulae: FORMULA_START }).trimEnd() + "\r\n";
}

/** Lines for rows of cells; empty for no rows, so batches can be joined as they come. */
export function csvRowLines(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  if (rows.length === 0) return "";
  return Papa.unparse(rows as unknown[][], { header: false, escapeFormulae: FORMULA_START }) + "\r\n";
}
