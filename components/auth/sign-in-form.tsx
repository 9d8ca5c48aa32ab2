"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { signIn } from "next-auth/react";
import { useEffect, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { SignInSchema, type SignInInput } from "@/lib/auth/schemas";
import { safeCallbackPath } from "./safe-callback-path";
import { LockCountdown } from "./lock-countdown";

type Failure = { kind: "invalid" } | { kind: "code" } | { kind: "locked"; until: number; email: string } | null;

/** Epoch ms `seconds` from now. */
function deadlineAfter(seconds: number): number {
  return Date.now() + seconds * 1000;
}

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const [failure, setFailure] = useState<Failure>(null);
  const [leaving, setLeaving] = useState(false);
  // The account has one-time codes on: the right password brought the code field up.
  const [codeStep, setCodeStep] = useState(false);
  const form = useForm<SignInInput, unknown, z.output<typeof SignInSchema>>({
    resolver: zodResolver(SignInSchema),
    defaultValues: { email: "", password: "", code: "" },
  });
  const email = useWatch({ control: form.control, name: "email" });
  // The lock is on that e-mail address: someone who mistyped it may correct it and try again.
  const lock = failure?.kind === "locked" && email.trim().toLowerCase() === failure.email ? failure : null;
  const { errors, isSubmitting } = form.formState;

  // Lift the lock when it runs out, so the button comes back without a reload.
  useEffect(() => {
    if (failure?.kind !== "locked") return;
    const timer = setTimeout(() => setFailure(null), failure.until - Date.now());
    return () => clearTimeout(timer);
  }, [failure]);

  async function onSubmit(values: z.output<typeof SignInSchema>) {
    setFailure(null);
    const result = await signIn("credentials", { ...values, code: codeStep ? (values.code ?? "") : "", redirect: false });

    if (result?.ok && !result.error) {
      // A full page load rather than a client navigation: nothing cached in this tab
      // survives into the new session, and "/" redirects on the server without a blank hop.
      // The button stays disabled until the new page replaces this one.
      setLeaving(true);
      window.location.assign(safeCallbackPath(callbackUrl, window.location.origin));
      return;
    }

    const lockedFor = /^locked:(\d+)$/.exec(result?.error ?? "");
    if (lockedFor) {
      setFailure({ kind: "locked", until: deadlineAfter(Number(lockedFor[1])), email: values.email });
    } else if (result?.error === "code_required") {
      setCodeStep(true);
      // After the field renders.
      setTimeout(() => form.setFocus("code"), 0);
    } else if (result?.error === "invalid" && codeStep) {
      setFailure({ kind: "code" });
      form.resetField("code");
      form.setFocus("code");
    } else if (result?.error === "invalid") {
      setFailure({ kind: "invalid" });
      form.resetField("password");
      form.setFocus("password");
    } else {
      toast.error("Signing in did not work this time. Please try again in a moment.");
    }
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="flex flex-col gap-4">
      <Field label="E-mail" error={errors.email?.message}>
        {(control) => <Input {...control} type="email" autoComplete="username" autoFocus {...form.register("email")} />}
      </Field>
      <Field label="Password" error={errors.password?.message}>
        {(control) => (
          <Input {...control} type="password" autoComplete="current-password" {...form.register("password")} />
        )}
      </Field>
      {codeStep && (
        <Field
          label="One-time code"
          description="The 6-digit code your authenticator app shows for Voice Portal."
          error={errors.code?.message}
        >
          {(control) => (
            <Input
              {...control}
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              className="font-mono tracking-widest"
              {...form.register("code")}
            />
          )}
        </Field>
      )}

      {failure?.kind === "invalid" && (
        <p role="alert" className="rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm">
          That e-mail and password do not match an account.
        </p>
      )}
      {failure?.kind === "code" && (
        <p role="alert" className="rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm">
          That code is not right, or it was used already. Enter the code your app shows now.
        </p>
      )}
      {lock && (
        <div className="flex flex-col gap-1 rounded-md border border-amber-400 bg-amber-50 px-3 py-2 text-sm dark:bg-amber-950">
          <p role="alert">Too many failed attempts: signing in with this e-mail address is paused.</p>
          {/* Outside the alert, so the ticking seconds are not read out every second. */}
          <p>
            You can try again in <LockCountdown until={lock.until} />.
          </p>
        </div>
      )}

      <SubmitButton pending={isSubmitting || leaving} disabled={lock !== null}>
        Sign in
      </SubmitButton>
      <Link href="/forgot-password" className="self-center text-sm text-muted-foreground underline-offset-4 hover:underline">
        Forgot password?
      </Link>
    </form>
  );
}
