// Codes no request schema can pre-empt: Lumen answers them from its own inventory, order
// state, account records or infrastructure. The simulator has to produce these itself;
// every other error code is raised by a rule in lib/lumen/schemas (see lumen-codes.test.ts).
// Push-notification codes (the guide's second table) are all upstream too: they report
// Lumen's own processing of an order after it was accepted.

export interface UpstreamOnlyCode {
  code: number;
  reason: string;
}

const NEEDS_INVENTORY = "needs Lumen's inventory of telephone numbers";
const NEEDS_ORDER_STATE = "needs the state of an existing order at Lumen";
const NEEDS_ACCOUNT = "needs Lumen's account records for the customer number";
const NEEDS_GATEWAY = "raised by Lumen's API gateway or back end, not by the request's content";

export const UPSTREAM_ONLY_ERROR_CODES: readonly UpstreamOnlyCode[] = [
  { code: 1405, reason: `${NEEDS_ACCOUNT} (valid customer service names)` },
  { code: 1612, reason: `${NEEDS_ORDER_STATE} (another order pending on the TN)` },
  { code: 20009, reason: "Lumen's list of street suffixes is not published" },
  { code: 20016, reason: `${NEEDS_INVENTORY} (a well-formed TN Lumen cannot find)` },
  { code: 20032, reason: `${NEEDS_ACCOUNT} (the order mapping list)` },
  { code: 20041, reason: `${NEEDS_INVENTORY} (which customer owns the TN)` },
  { code: 20042, reason: `${NEEDS_INVENTORY} (the TN to change)` },
  { code: 20054, reason: `${NEEDS_ORDER_STATE} (the voice order exists)` },
  { code: 20055, reason: `${NEEDS_ORDER_STATE} (the voice order belongs to the customer number)` },
  { code: 20060, reason: `${NEEDS_ORDER_STATE} (the voice order belongs to the customer number)` },
  { code: 20061, reason: `${NEEDS_INVENTORY} (the TN is active)` },
  { code: 20065, reason: `${NEEDS_ORDER_STATE} (already completed)` },
  { code: 20070, reason: `${NEEDS_ORDER_STATE} (supplement past its cancel point)` },
  { code: 20089, reason: `${NEEDS_ORDER_STATE} (the parent order's rate center)` },
  { code: 20093, reason: "needs Lumen's numbering plan to know a TN location exists" },
  { code: 20108, reason: `${NEEDS_ORDER_STATE} (already cancelled)` },
  { code: 20109, reason: `${NEEDS_ORDER_STATE} (the order is an LNP order)` },
  { code: 20207, reason: `${NEEDS_ACCOUNT} (route plans)` },
  { code: 20238, reason: `${NEEDS_ORDER_STATE} (already completed)` },
  { code: 403002, reason: `${NEEDS_GATEWAY} (token lookup)` },
  { code: 403003, reason: NEEDS_GATEWAY },
  { code: 403004, reason: NEEDS_GATEWAY },
  { code: 403005, reason: `${NEEDS_GATEWAY} (the app's entitlements)` },
  { code: 403006, reason: `${NEEDS_GATEWAY} (token lifetime)` },
  { code: 404001, reason: NEEDS_GATEWAY },
  { code: 405001, reason: NEEDS_GATEWAY },
  { code: 406001, reason: NEEDS_GATEWAY },
  { code: 409001, reason: NEEDS_GATEWAY },
  { code: 500001, reason: NEEDS_GATEWAY },
  { code: 503001, reason: NEEDS_GATEWAY },
  { code: 504001, reason: NEEDS_GATEWAY },
  { code: 504002, reason: NEEDS_GATEWAY },
];
