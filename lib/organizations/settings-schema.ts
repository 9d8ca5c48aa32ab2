import { z } from "zod";
import { EnvironmentSchema, HTTPS_FOR_PRODUCTION } from "@/lib/auth/schemas";

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

export const SubAccountSchema = z.object({
  name: z.string().trim().min(2, "Enter the reseller's name.").max(80),
  customerServiceNames: z
    .array(z.string().trim().min(1).max(60))
    .max(50, "At most 50 customer service names.")
    .default([]),
});
export type SubAccountInput = z.input<typeof SubAccountSchema>;
