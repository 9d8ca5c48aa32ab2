import { z } from "zod";
import { EmailSchema } from "@/lib/auth/schemas";
import { ROLES } from "@/lib/tenancy/roles";

// Shared by the people page's forms (zodResolver) and the route handlers under
// /api/orgs/[org]/people, which parse the same input again.

export const RoleSchema = z.enum(ROLES, "Choose a role.");

/** Sub-account (reseller) users act inside one slice: operator is the most they can be. */
export const SUB_ACCOUNT_ROLES = ["viewer", "operator"] as const;

export const InviteSchema = z
  .object({
    email: EmailSchema,
    role: RoleSchema,
    /** Empty: the partner's own staff. */
    subAccountId: z
      .string()
      .trim()
      .max(60)
      .nullish()
      .transform((id) => id || null),
  })
  .refine((input) => !input.subAccountId || (SUB_ACCOUNT_ROLES as readonly string[]).includes(input.role), {
    path: ["role"],
    message: "A reseller sub-account's user can be a Viewer or an Operator.",
  });
export type InviteInput = z.input<typeof InviteSchema>;
export type InviteValues = z.output<typeof InviteSchema>;

export const ChangeRoleSchema = z.object({ role: RoleSchema });
export type ChangeRoleInput = z.input<typeof ChangeRoleSchema>;

/** How long an invitation link works. */
export const INVITATION_DAYS = 7;
