// Lumen request and response schemas, one module per operation. Request schemas whose
// rules compare with "now" are `make…Schema({ now })` factories; the rest are constants.
export * from "./active-inventory";
export * from "./address-coverage";
export * from "./cancel-order";
export * from "./change-order";
export * from "./customer-approval";
export * from "./disconnect-order";
export * from "./error-body";
export * from "./install-order";
export * from "./notifications";
export * from "./order";
export * from "./order-accepted";
export * from "./order-inventory";
export * from "./order-status";
export * from "./port-now";
export * from "./port-order";
export * from "./rate-center-utilization";
export * from "./rate-centers";
export * from "./registry";
export * from "./request-headers";
export * from "./reserved-inventory";
export * from "./supplement-order";
export * from "./tn-portability";
export * from "./token";
export type { RuleClock } from "./fields/request-date";
