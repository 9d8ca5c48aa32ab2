"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { sendJson } from "@/components/people/send-json";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { ChangePasswordSchema, type ChangePasswordInput } from "@/lib/auth/account-schemas";
import { placeFieldErrors } from "./place-field-errors";

export function ChangePasswordForm() {
  const form = useForm<ChangePasswordInput, unknown, z.output<typeof ChangePasswordSchema>>({
    resolver: zodResolver(ChangePasswordSchema),
    defaultValues: { currentPassword: "", password: "", confirmPassword: "" },
  });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: z.output<typeof ChangePasswordSchema>) {
    const result = await sendJson("/api/account/password", "POST", values);
    if (!result.ok) {
      placeFieldErrors(form, ["currentPassword", "password", "confirmPassword"], result.error);
      return;
    }
    form.reset();
    toast.success("Password changed. Every other browser signed in as you is now signed out.");
  }

  return (
    <Card aria-labelledby="password-title">
      <CardHeader>
        <CardTitle id="password-title">Password</CardTitle>
        <CardDescription>Changing it signs you out everywhere else; this browser stays signed in.</CardDescription>
      </CardHeader>
      <CardContent>
        <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="flex max-w-sm flex-col gap-4">
          <Field label="Current password" error={errors.currentPassword?.message}>
            {(control) => <Input {...control} type="password" autoComplete="current-password" {...form.register("currentPassword")} />}
          </Field>
          <Field label="New password" description="At least 12 characters." error={errors.password?.message}>
            {(control) => <Input {...control} type="password" autoComplete="new-password" {...form.register("password")} />}
          </Field>
          <Field label="New password again" error={errors.confirmPassword?.message}>
            {(control) => <Input {...control} type="password" autoComplete="new-password" {...form.register("confirmPassword")} />}
          </Field>
          <SubmitButton pending={isSubmitting} className="sm:w-auto sm:self-start">
            Change password
          </SubmitButton>
        </form>
      </CardContent>
    </Card>
  );
}
