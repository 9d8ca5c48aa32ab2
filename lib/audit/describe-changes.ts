import { ALERT_KIND_INFO } from "@/lib/alerts/alert-kinds";
import { isSecretField, SECRET_UNCHANGED } from "./audit-change";

// An entry keeps the fields its action concerns as they were and as they became; the audit
// page and the CSV show only what differs, in words: "Name: Old → New", "Client secret:
// changed". Pure, so the page and the CSV route word a change the same way.

const FIELD_LABELS: Record<string, string> = {
  name: "Name",
  environment: "Environment",
  lumenBaseUrl: "Lumen base URL",
  customerNumber: "Customer number",
  owner: "Owner",
  clientId: "Client ID",
  clientSecret: "Client secret",
  webhookAuthMode: "Webhook sign-in",
  webhookPrincipal: "Webhook user name or client ID",
  webhookSecret: "Webhook secret",
  notificationPollSeconds: "Polling interval (seconds)",
  customerServiceNames: "Customer service names",
  maxNumbers: "At most this many numbers",
  allowedOrderTypes: "Order types allowed",
  defaultProductId: "Default product",
  suspended: "Suspended",
  subAccount: "Sub-account",
  email: "E-mail",
  role: "Role",
  status: "Status",
  voiceOrderId: "Voice order ID",
  outcome: "Outcome",
  orderId: "Order",
  telephoneNumbers: "Telephone numbers",
  product: "Product",
  parentOrderId: "Acts on order",
  ...Object.fromEntries(Object.entries(ALERT_KIND_INFO).map(([kind, info]) => [kind, `Alert: ${info.label}`])),
};

export interface FieldChange {
  field: string;
  label: string;
  /** Absent when the field had no earlier value (something created, a sign-in's e-mail). */
  before?: string;
  after?: string;
  /** A credential: only the fact that it changed is shown. */
  secret: boolean;
}

export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field;
}

export function describeValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "none";
  if (typeof value === "boolean") return value ? "on" : "off";
  if (Array.isArray(value)) return value.length === 0 ? "none" : value.map(describeValue).join(", ");
  if (typeof value === "object") return JSON.stringify(value);
  const text = String(value);
  // Stored words such as "in_progress" read as "in progress"; names and addresses stay as typed.
  return ENUM_WORDS.test(text) ? text.replaceAll("_", " ") : text;
}

const ENUM_WORDS = /^[a-z]+(?:_[a-z]+)+$/;

const asObject = (value: unknown): Record<string, unknown> | null =>
  value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;

/** The fields that differ between an entry's before and after, in the order the entry names them. */
export function describeChanges(before: unknown, after: unknown): FieldChange[] {
  const was = asObject(before);
  const now = asObject(after) ?? {};
  const fields = [...new Set([...Object.keys(was ?? {}), ...Object.keys(now)])];
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const label = fieldLabel(field);
    if (isSecretField(field)) {
      // Older entries wrote other markers ("(set for the local sandbox)"): anything but "unchanged" is a change.
      if (now[field] !== undefined && now[field] !== null && now[field] !== SECRET_UNCHANGED) changes.push({ field, label, after: "changed", secret: true });
      continue;
    }
    if (!was || !(field in was)) {
      changes.push({ field, label, after: describeValue(now[field]), secret: false });
    } else if (JSON.stringify(was[field]) !== JSON.stringify(now[field])) {
      changes.push({ field, label, before: describeValue(was[field]), ...(field in now && { after: describeValue(now[field]) }), secret: false });
    }
  }
  return changes;
}

/** One line for a CSV cell: "Name: Old → New; Client secret: changed". */
export function changesAsText(changes: FieldChange[]): string {
  return changes
    .map((change) => {
      if (change.secret) return `${change.label}: changed`;
      if (change.before === undefined) return `${change.label}: ${change.after}`;
      return `${change.label}: ${change.before} → ${change.after ?? "removed"}`;
    })
    .join("; ");
}
