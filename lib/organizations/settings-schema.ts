import { z } from "zod";
import { EnvironmentSchema, HTTPS_FOR_PRODUCTION } from "@/lib/auth/schemas";
import { PRODUCT_IDS } from "@/lib/lumen/schemas/fields/product-id";

// Organization settings as an admin edits them. Credentials are write-only: an empty
// field keeps what is stored, and the stored values never come back to the browser.
export const OrganizationSettingsSchema = z.object({
  name: z.string().trim().min(2, "Enter the organization's name.").max(120),
  environment: EnvironmentSchema,
  lumenBaseUrl: z.url("Enter the full URL, starting with http:// or https://.").max(300),
  clientId: z.string().trim().max(200).optional(),
  clientSecret: z.string().max(500).optional(),
}).refine(...HTTPS_FOR_PRODUCTION);
export type OrganizationSettingsInput = z.input<typeof OrganizationSettingsSchema>;

/** What is stored now, as far as the settings form may know it. */
export interface StoredConnection {
  lumenBaseUrl: string;
  hasClientId: boolean;
  hasClientSecret: boolean;
}

const CREDENTIALS_FOR_NEW_ADDRESS = "Enter it again for the new address: stored credentials are sent only to the address they were saved with.";

export const sameLumenAddress = (a: string, b: string) => a.trim().replace(/\/+$/, "") === b.trim().replace(/\/+$/, "");

/**
 * The settings schema against what is stored. Stored credentials go only to the address
 * they were saved with: a new base URL needs the client ID and secret typed again, or an
 * admin could have them sent to a server of their choosing and read them there, although
 * the form never shows them.
 */
export function organizationSettingsSchemaFor(stored: StoredConnection) {
  return OrganizationSettingsSchema.superRefine((settings, context) => {
    if (sameLumenAddress(settings.lumenBaseUrl, stored.lumenBaseUrl) || !(stored.hasClientId || stored.hasClientSecret)) return;
    if (!settings.clientId) context.addIssue({ code: "custom", path: ["clientId"], message: CREDENTIALS_FOR_NEW_ADDRESS });
    if (!settings.clientSecret) context.addIssue({ code: "custom", path: ["clientSecret"], message: CREDENTIALS_FOR_NEW_ADDRESS });
  });
}

// A sub-account's own fields and limits: lib/sub-accounts/sub-account-schema.ts.

/** How often the background job asks Lumen for notifications the webhook may have missed. */
export const NOTIFICATION_POLL_SECONDS = { min: 15, max: 3600 } as const;

// How Lumen's notifications reach the portal: the webhook's credentials (what the admin
// gives Lumen on its enrollment form) and the polling interval. The secret is write-only
// like the Lumen credentials: empty keeps what is stored.
export const NotificationSettingsSchema = z.object({
  webhookAuthMode: z.enum(["basic", "oauth"]),
  webhookPrincipal: z
    .string()
    .trim()
    .min(3, "At least 3 characters.")
    .max(120)
    // Basic authentication cannot carry a colon in the user name.
    .regex(/^[A-Za-z0-9._@-]+$/, "Letters, digits and . _ @ - only."),
  webhookSecret: z
    .string()
    .max(200)
    .refine((secret) => secret === "" || secret.length >= 16, "At least 16 characters; use Generate for a strong one.")
    .optional(),
  notificationPollSeconds: z
    .number({ error: "Enter a number of seconds." })
    .int("Whole seconds.")
    .min(NOTIFICATION_POLL_SECONDS.min, `At least ${NOTIFICATION_POLL_SECONDS.min} seconds.`)
    .max(NOTIFICATION_POLL_SECONDS.max, `At most ${NOTIFICATION_POLL_SECONDS.max} seconds (an hour).`),
});
export type NotificationSettingsInput = z.input<typeof NotificationSettingsSchema>;

/** How many customer service names an organization keeps; Lumen's order mapping lists are short. */
export const MAX_CUSTOMER_SERVICE_NAMES = 100;

// What the order forms start with: the customer service names Lumen has on the customer
// number's order mapping list (typed in by an admin; Lumen offers no call to read them) and
// the product the forms pick first. Sub-accounts choose their names from this list.
export const OrderDefaultsSchema = z.object({
  customerServiceNames: z
    .array(z.string().trim().min(1, "Enter the name or remove the empty line.").max(60, "At most 60 characters."))
    .max(MAX_CUSTOMER_SERVICE_NAMES, `At most ${MAX_CUSTOMER_SERVICE_NAMES} customer service names.`)
    .transform((names) => [...new Set(names)]),
  defaultProductId: z.enum(PRODUCT_IDS, "Choose 2036, 2042 or none.").nullable(),
});
export type OrderDefaultsInput = z.input<typeof OrderDefaultsSchema>;
export type OrderDefaults = z.output<typeof OrderDefaultsSchema>;
