"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { sendJson } from "@/components/people/send-json";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { ResetPasswordSchema, type ResetPasswordInput } from "@/lib/auth/account-schemas";
import { placeFieldErrors } from "./place-field-errors";

export function ResetPasswordForm({ token }: { token: string }) {
  const [done, setDone] = useState(false);
  const form = useForm<ResetPasswordInput, unknown, z.output<typeof ResetPasswordSchema>>({
    resolver: zodResolver(ResetPasswordSchema),
    defaultValues: { password: "", confirmPassword: "" },
  });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: z.output<typeof ResetPasswordSchema>) {
    const result = await sendJson(`/api/account/password-reset/${encodeURIComponent(token)}`, "POST", values);
    if (result.ok) setDone(true);
    else placeFieldErrors(form, ["password", "confirmPassword"], result.error);
  }

  if (done) {
    return (
      <div className="flex flex-col gap-4">
        <p role="status" className="rounded-md border bg-muted px-3 py-2 text-sm">
          Your password is changed, and every browser that was signed in with the old one is signed out.
        </p>
        <Link href="/login" className="text-sm font-medium underline-offset-4 hover:underline">
          Sign in with the new password
        </Link>
      </div>
    );
  }
  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="flex flex-col gap-4">
      <Field label="New password" description="At least 12 characters." error={errors.password?.message}>
        {(control) => <Input {...control} type="password" autoComplete="new-password" autoFocus {...form.register("password")} />}
      </Field>
      <Field label="New password again" error={errors.confirmPassword?.message}>
        {(control) => <Input {...control} type="password" autoComplete="new-password" {...form.register("confirmPassword")} />}
      </Field>
      <SubmitButton pending={isSubmitting}>Set the new password</SubmitButton>
    </form>
  );
}
