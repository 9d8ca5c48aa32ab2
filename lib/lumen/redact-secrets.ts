// Secrets out of anything kept or logged (log records, the order history): credentials (client secret,
// bearer and Basic headers, access tokens) and the losing carrier's PIN of a port order.
// Matched by key name and by value shape, so a secret under a new field name that looks
// like an auth header is still caught.

const REDACTED = "[redacted]";

const SECRET_KEY = /pin$|secret|password|token|authorization/i;
const AUTH_HEADER_VALUE = /^\s*(bearer|basic)\s/i;

export function redactSecrets(value: unknown): unknown {
  if (typeof value === "string") return AUTH_HEADER_VALUE.test(value) ? REDACTED : value;
  if (Array.isArray(value)) return value.map(redactSecrets);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, SECRET_KEY.test(key) ? REDACTED : redactSecrets(item)]),
    );
  }
  return value;
}

/** Whether something kept went through redactSecrets and lost a value to it. */
export function hasRedactedValues(value: unknown): boolean {
  if (value === REDACTED) return true;
  if (Array.isArray(value)) return value.some(hasRedactedValues);
  if (value !== null && typeof value === "object") return Object.values(value).some(hasRedactedValues);
  return false;
}
