import { z } from "zod";

// Shared by the sign-in and first-run forms (zodResolver) and by the server, which
// parses the same input again: the browser is never trusted.

export const EmailSchema = z
  .string()
  .trim()
  .min(1, "Enter an e-mail address.")
  .max(254, "That e-mail address is too long.")
  .pipe(z.email("Enter a valid e-mail address."))
  .transform((email) => email.toLowerCase());

export const SignInSchema = z.object({
  email: EmailSchema,
  password: z.string().min(1, "Enter your password.").max(200, "That password is too long."),
  /** Asked for only when the account has a one-time-password app enrolled. */
  code: z
    .string()
    .trim()
    .regex(/^(\d{6})?$/, "Enter the 6-digit code from your authenticator app.")
    .optional(),
});
export type SignInInput = z.input<typeof SignInSchema>;

export const NewPasswordSchema = z
  .string()
  .min(12, "Use at least 12 characters.")
  .max(200, "Use at most 200 characters.");

/** Lumen customer numbers (Master BusOrg) look like "2-B6-7890" or "1-ABC-23". */
export const CustomerNumberSchema = z
  .string()
  .trim()
  .regex(/^\d-[A-Z0-9]{1,10}-[A-Z0-9]{1,10}$/i, "A Lumen customer number looks like 1-ABC-23.")
  .transform((value) => value.toUpperCase());

export const EnvironmentSchema = z.enum(["sandbox", "production"]);

/**
 * Production credentials travel only over TLS; plain http is for a local sandbox. Used
 * as `.refine(...HTTPS_FOR_PRODUCTION)` by every form that sets a Lumen base URL.
 */
export const HTTPS_FOR_PRODUCTION: [
  (input: { environment: string; lumenBaseUrl: string }) => boolean,
  { path: string[]; message: string },
] = [
  (input) => input.environment !== "production" || input.lumenBaseUrl.startsWith("https://"),
  { path: ["lumenBaseUrl"], message: "In production the portal talks to Lumen only over HTTPS: use an https:// address." },
];

export const SetupSchema = z
  .object({
    ownerName: z.string().trim().min(1, "Enter your name.").max(120),
    email: EmailSchema,
    password: NewPasswordSchema,
    confirmPassword: z.string(),
    organizationName: z.string().trim().min(2, "Enter the organization's name.").max(120),
    customerNumber: CustomerNumberSchema,
    environment: EnvironmentSchema,
    lumenBaseUrl: z.url("Enter the full URL, starting with http:// or https://.").max(300),
    clientId: z.string().trim().max(200),
    clientSecret: z.string().max(500),
  })
  .refine((input) => input.password === input.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two passwords differ.",
  })
  .refine(...HTTPS_FOR_PRODUCTION);
export type SetupInput = z.input<typeof SetupSchema>;

/** What a server action answers: field errors go back to the form, the rest to a toast. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; code: string; message: string; fieldErrors?: Record<string, string[]> };
