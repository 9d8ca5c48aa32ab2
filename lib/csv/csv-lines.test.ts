import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { csvHeaderLine, csvRowLines } from "./csv-lines";

// Every CSV download (orders, numbers, usage, audit trail) writes its lines here: text that
// people typed must reach a spreadsheet as text, never as a formula it would run.
describe("CSV lines", () => {
  it("keeps a cell that starts like a formula as text, a line break after it included", () => {
    const cells = ["=HYPERLINK(\"http://evil.example\")", "+1", "-2", "@SUM(A1)", "\tx", "=1+2\nsecond line", "plain", "a=b"];
    const text = csvHeaderLine(cells.map((_, i) => `c${i}`)) + csvRowLines([cells]);
    const [, row] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    expect(row).toEqual(["'=HYPERLINK(\"http://evil.example\")", "'+1", "'-2", "'@SUM(A1)", "'\tx", "'=1+2\nsecond line", "plain", "a=b"]);
  });

  it("ends every line with CRLF, so that batches join into one file, and writes nothing for no rows", () => {
    expect(csvHeaderLine(["a", "b"])).toBe("a,b\r\n");
    expect(csvRowLines([])).toBe("");
    const joined = csvHeaderLine(["n"]) + csvRowLines([[1], [2]]) + csvRowLines([]) + csvRowLines([[3]]);
    expect(joined).toBe("n\r\n1\r\n2\r\n3\r\n");
  });
});
