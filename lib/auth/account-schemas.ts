import { z } from "zod";
import { EmailSchema, NewPasswordSchema } from "./schemas";

// Shared by the account, forgot-password and reset forms (zodResolver) and by the route
// handlers, which parse the same input again.

const samePassword = {
  check: (input: { password: string; confirmPassword: string }) => input.password === input.confirmPassword,
  issue: { path: ["confirmPassword"], message: "The two passwords differ." },
};

export const ChangePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password.").max(200),
    password: NewPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine(samePassword.check, samePassword.issue);
export type ChangePasswordInput = z.input<typeof ChangePasswordSchema>;

export const ForgotPasswordSchema = z.object({ email: EmailSchema });
export type ForgotPasswordInput = z.input<typeof ForgotPasswordSchema>;

export const ResetPasswordSchema = z
  .object({ password: NewPasswordSchema, confirmPassword: z.string() })
  .refine(samePassword.check, samePassword.issue);
export type ResetPasswordInput = z.input<typeof ResetPasswordSchema>;

export const TotpCodeSchema = z
  .string()
  .trim()
  .transform((code) => code.replace(/\s+/g, ""))
  .pipe(z.string().regex(/^\d{6}$/, "Enter the 6-digit code from your authenticator app."));

export const ConfirmTotpSchema = z.object({ enrollment: z.string().min(1).max(500), code: TotpCodeSchema });
export type ConfirmTotpInput = z.input<typeof ConfirmTotpSchema>;

export const DisableTotpSchema = z.object({
  password: z.string().min(1, "Enter your password.").max(200),
  code: TotpCodeSchema,
});
export type DisableTotpInput = z.input<typeof DisableTotpSchema>;

/** Creating an account from an invitation: the same password rules as first-run setup. */
export const NewAccountSchema = z
  .object({
    name: z.string().trim().min(1, "Enter your name.").max(120),
    password: NewPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine(samePassword.check, samePassword.issue);
export type NewAccountInput = z.input<typeof NewAccountSchema>;
