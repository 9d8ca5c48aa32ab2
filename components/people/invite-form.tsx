"use client";

import { subAccountChoiceLabel, type SubAccountChoice } from "@/lib/sub-accounts/sub-account-choice";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { SubmitButton } from "@/components/ui/submit-button";
import { InviteSchema, SUB_ACCOUNT_ROLES, type InviteInput, type InviteValues } from "@/lib/people/people-schemas";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/tenancy/roles";
import { InvitationLink } from "./invitation-link";
import { peopleApi } from "./people-api";
import { sendJson } from "./send-json";
import { SubmittingFieldset } from "@/components/ui/submitting-fieldset";

const FIELDS = ["email", "role", "subAccountId"] as const;

interface InviteFormProps {
  org: string;
  actorRole: Role;
  subAccounts: SubAccountChoice[];
  /** From ?subAccount= — the sub-accounts page links here to invite into one. */
  presetSubAccountId: string | null;
}

interface Sent {
  email: string;
  link: string;
  expiresAt: string;
  replaced: number;
}

export function InviteForm({ org, actorRole, subAccounts, presetSubAccountId }: InviteFormProps) {
  const router = useRouter();
  const [sent, setSent] = useState<Sent | null>(null);
  const preset = subAccounts.some((s) => s.id === presetSubAccountId) ? presetSubAccountId! : "";
  const form = useForm<InviteInput, unknown, InviteValues>({
    resolver: zodResolver(InviteSchema),
    defaultValues: { email: "", role: preset ? "operator" : "viewer", subAccountId: preset },
  });
  const { errors, isSubmitting } = form.formState;
  const subAccountId = useWatch({ control: form.control, name: "subAccountId" });
  // Only an owner makes owners; a reseller's user is at most an operator.
  const roles = ROLES.filter((role) => (role !== "owner" || actorRole === "owner") && (!subAccountId || (SUB_ACCOUNT_ROLES as readonly Role[]).includes(role)));

  async function onSubmit(values: InviteValues) {
    setSent(null);
    const result = await sendJson<{ invitation: Sent }>(peopleApi.invitations(org), "POST", values);
    if (!result.ok) {
      let placed = false;
      for (const field of FIELDS) {
        const message = result.error.fieldErrors?.[field]?.[0];
        if (message) {
          form.setError(field, { message }, { shouldFocus: !placed });
          placed = true;
        }
      }
      if (!placed) toast.error(result.error.message, { description: result.error.code });
      return;
    }
    setSent(result.data.invitation);
    form.reset({ email: "", role: values.role, subAccountId: values.subAccountId ?? "" });
    router.refresh();
  }

  return (
    <Card aria-labelledby="invite-title">
      <CardHeader>
        <CardTitle id="invite-title">Invite someone</CardTitle>
        <CardDescription>
          They get a link by e-mail that works once, for seven days. Someone with an account signs in to accept; anyone else
          creates one.
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="flex flex-col gap-4">
          <SubmittingFieldset disabled={isSubmitting} className="grid gap-4 sm:grid-cols-3">
            <Field label="E-mail" error={errors.email?.message}>
              {(control) => <Input {...control} type="email" autoComplete="off" {...form.register("email")} />}
            </Field>
            <Field label="Sub-account" description="Empty: your own staff." error={errors.subAccountId?.message}>
              {(control) => (
                <NativeSelect {...control} {...form.register("subAccountId")}>
                  <option value="">None (staff)</option>
                  {subAccounts.map((s) => (
                    <option key={s.id} value={s.id}>
                      {subAccountChoiceLabel(s)}
                    </option>
                  ))}
                </NativeSelect>
              )}
            </Field>
            <Field label="Role" description={subAccountId ? "A reseller's users are Viewers or Operators." : undefined} error={errors.role?.message}>
              {(control) => (
                <NativeSelect {...control} {...form.register("role")}>
                  {roles.map((role) => (
                    <option key={role} value={role}>
                      {ROLE_LABELS[role]}
                    </option>
                  ))}
                </NativeSelect>
              )}
            </Field>
          </SubmittingFieldset>
          <SubmitButton pending={isSubmitting} className="sm:w-auto sm:self-start">
            Send invitation
          </SubmitButton>
        </form>
        {sent && <InvitationLink email={sent.email} link={sent.link} replaced={sent.replaced} expiresLabel={new Date(sent.expiresAt).toUTCString()} />}
      </CardContent>
    </Card>
  );
}
