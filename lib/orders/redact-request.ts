// What is kept of a request: everything but the secrets a partner types in for a port
// (the losing carrier's PIN), so the order history can be shown to any staff member.
const SECRET_FIELDS = new Set(["losingCarrierPin"]);

export function redactRequest(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactRequest);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, SECRET_FIELDS.has(key) ? "[redacted]" : redactRequest(inner)]),
    );
  }
  return value;
}
