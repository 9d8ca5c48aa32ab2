/**
 * How every page, report and export names what belongs to no sub-account: the partner's
 * own orders and numbers, not a reseller's. One name, so a list, a detail page and the
 * usage report's row read the same.
 */
export const OWN_LABEL = "Own (no sub-account)";

/** The value of a sub-account filter that picks what belongs to no sub-account. */
export const NO_SUB_ACCOUNT = "none";
