"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { placeFieldErrors } from "@/components/account/place-field-errors";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { NewAccountSchema, type NewAccountInput } from "@/lib/auth/account-schemas";
import { sendJson } from "./send-json";

type Accepted = { membership: { orgSlug: string } };
const acceptUrl = (token: string) => `/api/account/invitations/${encodeURIComponent(token)}`;

/** Signed in with the invited e-mail: one click. */
export function JoinButton({ token, organizationName }: { token: string; organizationName: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  async function join() {
    setBusy(true);
    const result = await sendJson<Accepted>(acceptUrl(token), "POST");
    if (!result.ok) {
      setBusy(false);
      toast.error(result.error.message, { description: result.error.code });
      return;
    }
    router.push(`/${result.data.membership.orgSlug}`);
  }
  return (
    <Button type="button" onClick={join} busy={busy} className="w-full">
      Join {organizationName}
    </Button>
  );
}

/** No account yet: name and password, then signed in straight away. */
export function NewAccountForm({ token, email }: { token: string; email: string }) {
  const [leaving, setLeaving] = useState(false);
  const form = useForm<NewAccountInput, unknown, z.output<typeof NewAccountSchema>>({
    resolver: zodResolver(NewAccountSchema),
    defaultValues: { name: "", password: "", confirmPassword: "" },
  });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: z.output<typeof NewAccountSchema>) {
    const result = await sendJson<Accepted>(acceptUrl(token), "POST", values);
    if (!result.ok) {
      placeFieldErrors(form, ["name", "password", "confirmPassword"], result.error);
      return;
    }
    setLeaving(true);
    const signedIn = await signIn("credentials", { email, password: values.password, redirect: false });
    window.location.assign(signedIn?.ok && !signedIn.error ? `/${result.data.membership.orgSlug}` : "/login");
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="flex flex-col gap-4">
      <Field label="E-mail" description="The address the invitation was sent to.">
        {(control) => <Input {...control} type="email" value={email} readOnly autoComplete="username" />}
      </Field>
      <Field label="Your name" error={errors.name?.message}>
        {(control) => <Input {...control} autoComplete="name" autoFocus {...form.register("name")} />}
      </Field>
      <Field label="Password" description="At least 12 characters." error={errors.password?.message}>
        {(control) => <Input {...control} type="password" autoComplete="new-password" {...form.register("password")} />}
      </Field>
      <Field label="Password again" error={errors.confirmPassword?.message}>
        {(control) => <Input {...control} type="password" autoComplete="new-password" {...form.register("confirmPassword")} />}
      </Field>
      <SubmitButton pending={isSubmitting || leaving}>Create account and join</SubmitButton>
    </form>
  );
}
