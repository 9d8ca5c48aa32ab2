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
import { ForgotPasswordSchema, type ForgotPasswordInput } from "@/lib/auth/account-schemas";
import { placeFieldErrors } from "./place-field-errors";

export function ForgotPasswordForm() {
  const [answer, setAnswer] = useState<string | null>(null);
  const form = useForm<ForgotPasswordInput, unknown, z.output<typeof ForgotPasswordSchema>>({
    resolver: zodResolver(ForgotPasswordSchema),
    defaultValues: { email: "" },
  });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: z.output<typeof ForgotPasswordSchema>) {
    const result = await sendJson<{ message: string }>("/api/account/password-reset", "POST", values);
    if (result.ok) setAnswer(result.data.message);
    else placeFieldErrors(form, ["email"], result.error);
  }

  if (answer) {
    return (
      <div className="flex flex-col gap-4">
        <p role="status" className="rounded-md border bg-muted px-3 py-2 text-sm">
          {answer}
        </p>
        <Link href="/login" className="text-sm underline-offset-4 hover:underline">
          Back to sign-in
        </Link>
      </div>
    );
  }
  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="flex flex-col gap-4">
      <Field label="E-mail" error={errors.email?.message}>
        {(control) => <Input {...control} type="email" autoComplete="username" autoFocus {...form.register("email")} />}
      </Field>
      <SubmitButton pending={isSubmitting}>Send me a link</SubmitButton>
      <Link href="/login" className="self-center text-sm text-muted-foreground underline-offset-4 hover:underline">
        Back to sign-in
      </Link>
    </form>
  );
}
