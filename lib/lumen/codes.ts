// Look-ups over Lumen's code table, and which kinds of order each code can answer.
// Codes and messages live only in `codes-table.ts`; everything else asks here, and an
// unknown code throws so that a typo fails the first test that touches it.
import { LUMEN_CODE_ROWS, type LumenCodeRow } from "./codes-table";
import type { OrderKind } from "./operations";

export type { LumenCodeRow };

/** `any` marks codes every /Voice call can answer (auth, gateway, customer number, paging). */
export type LumenCodeScope = OrderKind | "any";

/**
 * The error row of `code` (20020 is also a notification; the error row wins), else its
 * notification row. Throws on a code the guide does not list.
 */
export function getLumenCode(code: number): LumenCodeRow {
  const rows = LUMEN_CODE_ROWS.filter((row) => row.code === code);
  const row = rows.find((candidate) => candidate.kind === "error") ?? rows[0];
  if (!row) throw new Error(`Unknown Lumen code: ${code}`);
  return row;
}

/** The push-notification row of `code`; throws when the code is not a notification. */
export function getLumenNotification(code: number): LumenCodeRow {
  const row = LUMEN_CODE_ROWS.find((candidate) => candidate.code === code && candidate.kind === "notification");
  if (!row) throw new Error(`Unknown Lumen notification code: ${code}`);
  return row;
}

export function lumenMessage(code: number): string {
  return getLumenCode(code).message;
}

// Which order kinds each code applies to. The guide files codes by HTTP status, not by
// order type, so this is our reading of each message; the simulator uses it to decide
// which codes an operation may answer with.
const SCOPED_CODES: ReadonlyArray<readonly [readonly LumenCodeScope[], readonly number[]]> = [
  [["any"], [403001, 403002, 403003, 403004, 403005, 403006, 404001, 405001, 406001, 409001, 500001, 503001, 504001, 504002, 1403, 1429, 1807, 20102, 20103, 20104]],
  [["reserve"], [1302, 1303, 1304, 1648, 4011, 10002, 10004, 10006, 10008, 10009, 10010, 10012, 10013, 10015, 20082, 20083, 20084, 20085, 20088, 20090, 20091, 20092, 20093, 20115]],
  [["reserve", "install"], [10007, 10011]],
  [["reserve", "approval"], [1921, 10001]],
  [["approval"], [10005, 20107]],
  [["reserve", "install", "port", "change"], [20000]],
  [["install", "port", "change"], [1405, 20001, 20003, 20004, 20005, 20006, 20009, 20023, 20024, 20032, 20040, 20063, 20218, 20237]],
  [["install", "port", "supplement", "change"], [20007, 20008, 20010, 20011, 20012, 20013, 20014, 20210, 20211]],
  [["install", "port", "change", "disconnect"], [1612, 20015, 20016, 20025]],
  [["install", "port"], [901, 20019, 20020, 20021, 20029]],
  [["install"], [902, 20022, 20030, 20215, 20231, 20232]],
  [["port"], [903, 20026, 20027, 20028, 20031, 20047, 20050, 20112, 20113, 20114, 20204, 20217]],
  [["port", "supplement"], [904, 20048, 20109]],
  [["port", "supplement", "disconnect"], [20067, 20214]],
  [["supplement", "disconnect"], [20069]],
  [["supplement"], [20089]],
  [["supplement", "approval", "cancel"], [20049]],
  [["supplement", "cancel"], [20055, 20060]],
  [["change", "disconnect"], [1616, 20041]],
  [["change"], [20042, 20043, 20044, 20045, 20046, 20051, 20052, 20057, 20207]],
  [["disconnect"], [906, 20061, 20068, 20213]],
  [["cancel"], [20054, 20064, 20065, 20066, 20070, 20108, 20238]],
];

const scopesByCode = new Map<number, readonly LumenCodeScope[]>();
for (const [scopes, codes] of SCOPED_CODES) {
  for (const code of codes) {
    getLumenCode(code); // a mistyped code fails at import, not silently
    scopesByCode.set(code, scopes);
  }
}

/** The order kinds `code` applies to; throws on a code without a scope so none is forgotten. */
export function getLumenCodeScopes(code: number): readonly LumenCodeScope[] {
  getLumenCode(code);
  const scopes = scopesByCode.get(code);
  if (!scopes) throw new Error(`Lumen code ${code} has no order-kind scope`);
  return scopes;
}

/** True when Lumen may answer an order of `kind` with `code`. */
export function appliesToOrderKind(code: number, kind: OrderKind): boolean {
  const scopes = getLumenCodeScopes(code);
  return scopes.includes("any") || scopes.includes(kind);
}

/** Every code of the table, each once. */
export function allLumenCodes(): number[] {
  return [...new Set(LUMEN_CODE_ROWS.map((row) => row.code))];
}
