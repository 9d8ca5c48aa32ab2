// What an audit entry may keep of a change. Credentials are write-only everywhere in the
// portal, and the audit trail is no exception: a secret field is kept only as whether it
// changed, never as its value, old or new. Every entry passes through here on its way to
// the database (recordAudit), so a caller cannot store a secret by forgetting to redact it.

/** Every field name that holds a credential, wherever it appears in an entry. */
export const SECRET_FIELDS: ReadonlySet<string> = new Set([
  "clientId",
  "clientSecret",
  "webhookSecret",
  "password",
  "confirmPassword",
  "passwordHash",
  "accessToken",
]);

export const SECRET_CHANGED = "(changed)";
export const SECRET_UNCHANGED = "(unchanged)";

export type AuditJson = string | number | boolean | null | AuditJson[] | { [key: string]: AuditJson };

/** A field named like a credential that is not in the list yet is treated as one all the same. */
const SECRET_LIKE = /secret|password|token|pin$/i;

export function isSecretField(key: string): boolean {
  return SECRET_FIELDS.has(key) || SECRET_LIKE.test(key);
}

/**
 * The before or after side of an entry as it may be stored. In `after`, a secret field
 * given a value (the new secret, or `true`) becomes "(changed)"; one left empty, `false`,
 * null or undefined becomes "(unchanged)". In `before` a secret field is dropped: the old
 * value is nobody's business. Dates become ISO strings; undefined fields are left out.
 */
export function redactForAudit(value: unknown, side: "before" | "after"): AuditJson {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((item) => redactForAudit(item, side));
  if (typeof value === "object") {
    const kept: Record<string, AuditJson> = {};
    for (const [key, item] of Object.entries(value)) {
      if (isSecretField(key)) {
        if (side === "after") kept[key] = secretMarker(item);
      } else if (item !== undefined) {
        kept[key] = redactForAudit(item, side);
      }
    }
    return kept;
  }
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

function secretMarker(value: unknown): string {
  if (value === SECRET_CHANGED || value === SECRET_UNCHANGED) return value;
  return value === undefined || value === null || value === false || value === "" ? SECRET_UNCHANGED : SECRET_CHANGED;
}
