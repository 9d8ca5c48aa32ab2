"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { SignInSchema, type SignInInput } from "@/lib/auth/schemas";
import { safeCallbackPath } from "./safe-callback-path";
import { formatSeconds, useCountdown } from "./use-countdown";

type Failure = { kind: "invalid" } | { kind: "locked"; until: number } | null;

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const router = useRouter();
  const [failure, setFailure] = useState<Failure>(null);
  const [navigating, startNavigation] = useTransition();
  const secondsLeft = useCountdown(failure?.kind === "locked" ? failure.until : null);
  const locked = failure?.kind === "locked" && secondsLeft > 0;

  const form = useForm<SignInInput, unknown, z.output<typeof SignInSchema>>({
    resolver: zodResolver(SignInSchema),
    defaultValues: { email: "", password: "" },
  });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: z.output<typeof SignInSchema>) {
    setFailure(null);
    const result = await signIn("credentials", { ...values, redirect: false });

    if (result?.ok && !result.error) {
      const target = safeCallbackPath(callbackUrl, window.location.origin);
      // Keep the button disabled until the portal has rendered, so it can't be pressed twice.
      startNavigation(() => router.replace(target));
      return;
    }

    const lockedFor = /^locked:(\d+)$/.exec(result?.error ?? "");
    if (lockedFor) {
      setFailure({ kind: "locked", until: Date.now() + Number(lockedFor[1]) * 1000 });
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

      {failure?.kind === "invalid" && (
        <p role="alert" className="rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm">
          That e-mail and password do not match an account.
        </p>
      )}
      {locked && (
        <div role="alert" className="rounded-md border border-amber-400 bg-amber-50 px-3 py-2 text-sm dark:bg-amber-950">
          Too many failed attempts. You can try again in{" "}
          {/* The alert is read once; the ticking seconds are not re-announced. */}
          <span aria-live="off" className="font-mono font-medium">
            {formatSeconds(secondsLeft)}
          </span>
          .
        </div>
      )}

      <SubmitButton pending={isSubmitting || navigating} disabled={locked}>
        Sign in
      </SubmitButton>
    </form>
  );
}
