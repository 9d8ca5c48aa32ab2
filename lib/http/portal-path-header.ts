/** Set by proxy.ts: the path a page request asked for, so sign-in can return to it. */
export const PORTAL_PATH_HEADER = "x-portal-path";
