import type { OrderType } from "@/lib/db/generated/enums";
import { ORDER_TYPE_LABELS } from "@/lib/orders/order-type-labels";

// Every action the audit trail records, in the words the audit page and its CSV use, each
// filed in the category the page filters by. An action recorded under a name missing here
// still shows, under its own name.

export const AUDIT_CATEGORIES = {
  "sign-in": "Sign-ins",
  settings: "Settings",
  credentials: "Credential changes",
  roles: "Roles and members",
  orders: "Orders",
} as const;
export type AuditCategory = keyof typeof AUDIT_CATEGORIES;
export const AUDIT_CATEGORY_KEYS = Object.keys(AUDIT_CATEGORIES) as AuditCategory[];

/**
 * The action-name prefixes of each category. Credential changes have none of their own:
 * they are the settings entries in which a secret field changed (see listAuditEntries).
 */
export const CATEGORY_PREFIXES: Record<AuditCategory, string[]> = {
  "sign-in": ["auth."],
  settings: ["setup.", "organization.", "sub_account.", "alerts."],
  credentials: [],
  roles: ["member.", "invite."],
  orders: ["order.", "notification.", "number.", "order_note.", "number_note."],
};

export interface AuditActionInfo {
  label: string;
  category: AuditCategory;
}

const ORDER_TYPES = Object.keys(ORDER_TYPE_LABELS) as OrderType[];

export const AUDIT_ACTIONS: Record<string, AuditActionInfo> = {
  "auth.sign_in": { label: "Signed in", category: "sign-in" },
  "auth.sign_in_failed": { label: "Sign-in failed: wrong e-mail or password", category: "sign-in" },
  "auth.sign_in_refused_locked": { label: "Sign-in refused: locked after failed attempts", category: "sign-in" },
  "auth.sign_in_failed_code": { label: "Sign-in failed: wrong or reused one-time code", category: "sign-in" },
  "auth.password_change": { label: "Changed their password", category: "sign-in" },
  "auth.password_reset_request": { label: "Asked for a password reset link", category: "sign-in" },
  "auth.password_reset": { label: "Reset their password with a link", category: "sign-in" },
  "auth.totp_enable": { label: "Turned on one-time codes at sign-in", category: "sign-in" },
  "auth.totp_disable": { label: "Turned off one-time codes at sign-in", category: "sign-in" },
  "setup.first_owner": { label: "Set up the portal and this organization", category: "settings" },
  "organization.settings_update": { label: "Changed the Lumen connection settings", category: "settings" },
  "organization.notification_settings_update": { label: "Changed the notification settings", category: "settings" },
  "sub_account.create": { label: "Created a reseller sub-account", category: "settings" },
  "sub_account.update": { label: "Changed a reseller sub-account", category: "settings" },
  "sub_account.suspend": { label: "Suspended a reseller sub-account", category: "settings" },
  "sub_account.restore": { label: "Restored a suspended reseller sub-account", category: "settings" },
  "organization.order_defaults_update": { label: "Changed the customer service names or default product", category: "settings" },
  "alerts.update": { label: "Changed their e-mail alerts", category: "settings" },
  "member.invite": { label: "Invited someone to join", category: "roles" },
  "invite.revoke": { label: "Revoked an invitation", category: "roles" },
  "member.add": { label: "Added a member", category: "roles" },
  "member.role_change": { label: "Changed a member's role", category: "roles" },
  "member.remove": { label: "Removed a member", category: "roles" },
  ...Object.fromEntries(
    ORDER_TYPES.map((type) => [`order.submit_${type}`, { label: `Placed an order: ${ORDER_TYPE_LABELS[type]}`, category: "orders" as const }]),
  ),
  ...Object.fromEntries(
    ORDER_TYPES.map((type) => [`order.refused_${type}`, { label: `Refused an order: ${ORDER_TYPE_LABELS[type]}`, category: "orders" as const }]),
  ),
  "order.check_with_lumen": { label: "Checked an order with Lumen, which changed it", category: "orders" },
  "notification.replay": { label: "Replayed a notification", category: "orders" },
  "number.move": { label: "Moved numbers to another sub-account", category: "orders" },
  "order_note.create": { label: "Added a note to an order", category: "orders" },
  "number_note.create": { label: "Added a note to a number", category: "orders" },
};

export function auditActionLabel(action: string): string {
  return AUDIT_ACTIONS[action]?.label ?? action;
}

export function isAuditCategory(value: string): value is AuditCategory {
  return value in AUDIT_CATEGORIES;
}

/** The actions of a category, in the order above: the page's action filter lists them. */
export function actionsOf(category: AuditCategory): string[] {
  return Object.keys(AUDIT_ACTIONS).filter((action) => AUDIT_ACTIONS[action]!.category === category);
}
