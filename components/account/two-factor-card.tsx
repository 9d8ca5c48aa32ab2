"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";
import { sendJson } from "@/components/people/send-json";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { DisableTotpSchema, TotpCodeSchema, type DisableTotpInput } from "@/lib/auth/account-schemas";
import { placeFieldErrors } from "./place-field-errors";

interface Enrollment {
  enrollment: string;
  secretBase32: string;
  qrSvg: string;
}

const CodeOnlySchema = z.object({ code: TotpCodeSchema });

/** One-time codes at sign-in: set up with a first code, turned off with password and code. */
export function TwoFactorCard({ enabled }: { enabled: boolean }) {
  return (
    <Card aria-labelledby="totp-title">
      <CardHeader>
        <CardTitle id="totp-title">
          One-time codes at sign-in {enabled ? <Badge tone="success">On</Badge> : <Badge>Off</Badge>}
        </CardTitle>
        <CardDescription>
          With codes on, signing in asks for your password and the 6-digit code an authenticator app (such as 1Password,
          Google Authenticator or Microsoft Authenticator) shows.
        </CardDescription>
      </CardHeader>
      <CardContent>{enabled ? <DisableForm /> : <EnrollPanel />}</CardContent>
    </Card>
  );
}

function EnrollPanel() {
  const router = useRouter();
  const [enrollment, setEnrollment] = useState<Enrollment | null>(null);
  const [starting, setStarting] = useState(false);
  const form = useForm<z.input<typeof CodeOnlySchema>, unknown, z.output<typeof CodeOnlySchema>>({
    resolver: zodResolver(CodeOnlySchema),
    defaultValues: { code: "" },
  });
  const { errors, isSubmitting } = form.formState;
  // The code's field appears with the enrollment, in place of the button that asked for it.
  useEffect(() => {
    if (enrollment) form.setFocus("code");
  }, [enrollment, form]);

  async function start() {
    setStarting(true);
    const result = await sendJson<{ enrollment: Enrollment }>("/api/account/totp/enroll", "POST", {});
    setStarting(false);
    if (!result.ok) {
      toast.error(result.error.message, { description: result.error.code });
      return;
    }
    setEnrollment(result.data.enrollment);
  }

  async function onConfirm(values: z.output<typeof CodeOnlySchema>) {
    const result = await sendJson("/api/account/totp/confirm", "POST", { enrollment: enrollment!.enrollment, code: values.code });
    if (!result.ok) {
      placeFieldErrors(form, ["code"], result.error);
      return;
    }
    toast.success("One-time codes are on. The next sign-in asks for one.");
    router.refresh();
  }

  if (!enrollment) {
    return (
      <Button type="button" onClick={start} busy={starting}>
        Set up one-time codes
      </Button>
    );
  }
  return (
    <div className="flex flex-col gap-4">
      <ol className="list-decimal space-y-1 pl-5 text-sm">
        <li>Scan this QR code with your authenticator app, or type the key below into it.</li>
        <li>Enter the code the app shows, to prove it works. Codes are not on until then.</li>
      </ol>
      <div className="flex flex-wrap items-start gap-6">
        {/* The SVG is drawn on the server by the qrcode library from our own otpauth address. */}
        <div
          role="img"
          aria-label="QR code of the one-time code key"
          className="size-44 rounded-md border bg-white p-2"
          dangerouslySetInnerHTML={{ __html: enrollment.qrSvg }}
        />
        <div className="flex flex-col gap-1 text-sm">
          <span className="text-muted-foreground">Key for manual entry</span>
          <code className="break-all rounded bg-muted px-2 py-1 font-mono text-xs">{enrollment.secretBase32.replace(/(.{4})/g, "$1 ").trim()}</code>
        </div>
      </div>
      <form onSubmit={form.handleSubmit(onConfirm)} noValidate className="flex max-w-xs flex-col gap-4">
        <Field label="Code from the app" error={errors.code?.message}>
          {(control) => <Input {...control} inputMode="numeric" autoComplete="one-time-code" maxLength={7} className="font-mono tracking-widest" {...form.register("code")} />}
        </Field>
        <SubmitButton pending={isSubmitting} className="sm:w-auto sm:self-start">
          Turn on one-time codes
        </SubmitButton>
      </form>
    </div>
  );
}

function DisableForm() {
  const router = useRouter();
  const form = useForm<DisableTotpInput, unknown, z.output<typeof DisableTotpSchema>>({
    resolver: zodResolver(DisableTotpSchema),
    defaultValues: { password: "", code: "" },
  });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: z.output<typeof DisableTotpSchema>) {
    const result = await sendJson("/api/account/totp/disable", "POST", values);
    if (!result.ok) {
      placeFieldErrors(form, ["password", "code"], result.error);
      return;
    }
    toast.success("One-time codes are off. Signing in asks for your password only.");
    router.refresh();
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="flex max-w-sm flex-col gap-4">
      <p className="text-sm">To turn codes off, confirm with your password and a current code.</p>
      <Field label="Password" error={errors.password?.message}>
        {(control) => <Input {...control} type="password" autoComplete="current-password" {...form.register("password")} />}
      </Field>
      <Field label="Code from the app" error={errors.code?.message}>
        {(control) => <Input {...control} inputMode="numeric" autoComplete="one-time-code" maxLength={7} className="font-mono tracking-widest" {...form.register("code")} />}
      </Field>
      <SubmitButton pending={isSubmitting} variant="outline" className="sm:w-auto sm:self-start">
        Turn off one-time codes
      </SubmitButton>
    </form>
  );
}
