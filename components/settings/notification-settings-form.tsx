"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { KeyRound } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { CopyButton } from "@/components/orders/copy-button";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { SubmitButton } from "@/components/ui/submit-button";
import { NOTIFICATION_POLL_SECONDS, NotificationSettingsSchema, type NotificationSettingsInput } from "@/lib/organizations/settings-schema";
import { readApiError } from "./api-error";
import { StoredBadge } from "./stored-badge";
import { generateWebhookSecret } from "./generate-webhook-secret";
import { SubmittingFieldset } from "@/components/ui/submitting-fieldset";

type NotificationValues = z.output<typeof NotificationSettingsSchema>;
const FIELDS = ["webhookAuthMode", "webhookPrincipal", "webhookSecret", "notificationPollSeconds"] as const;

export interface EditableNotificationSettings {
  webhookAuthMode: "basic" | "oauth";
  webhookPrincipal: string | null;
  hasWebhookSecret: boolean;
  notificationPollSeconds: number;
}

interface NotificationSettingsFormProps {
  org: string;
  settings: EditableNotificationSettings;
  /** Where Lumen sends notifications and, for OAuth, fetches its token (from the portal's public URL). */
  urls: { notificationsUrl: string; tokenUrl: string };
}

// How Lumen's notifications reach this organization: the webhook's credentials, the URLs
// to put on Lumen's enrollment form, and how often the portal polls as a safety net.
export function NotificationSettingsForm({ org, settings, urls }: NotificationSettingsFormProps) {
  const router = useRouter();
  const [generated, setGenerated] = useState<string | null>(null);
  const form = useForm<NotificationSettingsInput, unknown, NotificationValues>({
    resolver: zodResolver(NotificationSettingsSchema),
    defaultValues: {
      webhookAuthMode: settings.webhookAuthMode,
      webhookPrincipal: settings.webhookPrincipal ?? "",
      webhookSecret: "",
      notificationPollSeconds: settings.notificationPollSeconds,
    },
  });
  const { register, formState, control, setValue } = form;
  const { errors, isSubmitting } = formState;
  const mode = useWatch({ control, name: "webhookAuthMode" });
  const principalLabel = mode === "oauth" ? "Client ID" : "User name";
  // One word for the secret in every label of the card: Lumen's form asks for a password (Basic) or a client secret (OAuth).
  const secretLabel = mode === "oauth" ? "Client secret" : "Password";

  function generate() {
    const secret = generateWebhookSecret();
    setGenerated(secret);
    setValue("webhookSecret", secret, { shouldDirty: true, shouldValidate: true });
  }

  async function onSubmit(values: NotificationValues) {
    let response: Response;
    try {
      response = await fetch(`/api/orgs/${encodeURIComponent(org)}/settings/notifications`, {
        method: "PATCH",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify({ ...values, ...(values.webhookSecret ? {} : { webhookSecret: undefined }) }),
      });
    } catch {
      toast.error("Could not reach the portal. Check your connection and try again.");
      return;
    }
    if (!response.ok) {
      const error = await readApiError(response);
      let placed = false;
      for (const field of FIELDS) {
        const message = error.fieldErrors?.[field]?.[0];
        if (message) {
          form.setError(field, { message }, { shouldFocus: !placed });
          placed = true;
        }
      }
      if (placed) return;
      if (error.code === "FORBIDDEN") toast.error("Only admins and owners can change these settings.");
      else toast.error(error.message, { description: error.code });
      return;
    }
    const saved = ((await response.json()) as { settings: EditableNotificationSettings }).settings;
    form.reset({
      webhookAuthMode: saved.webhookAuthMode,
      webhookPrincipal: saved.webhookPrincipal ?? "",
      webhookSecret: "",
      notificationPollSeconds: saved.notificationPollSeconds,
    });
    setGenerated(null);
    toast.success(values.webhookSecret ? `Notification settings and the new ${secretLabel.toLowerCase()} saved.` : "Notification settings saved.");
    router.refresh();
  }

  return (
    <Card aria-labelledby="notification-settings-title">
      <CardHeader>
        <CardTitle id="notification-settings-title">Notifications from Lumen</CardTitle>
        <CardDescription>
          Lumen pushes each order notification to the portal&apos;s webhook. Give Lumen these URLs and credentials on its
          enrollment form (voice-api-prod@lumen.com). The portal also polls Lumen, so nothing is missed while the webhook
          is down.
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-5">
        <dl className="grid gap-3 text-sm">
          <CopyableUrl term="Notifications URL (PUT)" url={urls.notificationsUrl} />
          {mode === "oauth" && <CopyableUrl term="Token URL (OAuth 2 client credentials)" url={urls.tokenUrl} />}
        </dl>
        <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="flex flex-col gap-5">
          <SubmittingFieldset disabled={isSubmitting} className="grid gap-5 sm:grid-cols-2">
            <Field
              label="Lumen signs in with"
              description={mode === "oauth" ? "Lumen fetches a token (valid 24 hours) from the token URL, then sends it." : "Lumen sends the user name and password with every notification."}
              error={errors.webhookAuthMode?.message}
            >
              {(control) => (
                <NativeSelect {...control} {...register("webhookAuthMode")}>
                  <option value="basic">Basic authentication</option>
                  <option value="oauth">OAuth 2 (client credentials)</option>
                </NativeSelect>
              )}
            </Field>
            <Field label={principalLabel} description="Unique to this organization; it tells the portal whose notification it is." error={errors.webhookPrincipal?.message}>
              {(control) => <Input {...control} autoComplete="off" spellCheck={false} className="font-mono" {...register("webhookPrincipal")} />}
            </Field>
            <div className="flex flex-col gap-2 sm:col-span-2">
              <div className="flex items-center gap-2 text-sm">
                <KeyRound aria-hidden className="size-4 text-muted-foreground" />
                <span>{secretLabel}:</span>
                <StoredBadge stored={settings.hasWebhookSecret} storedLabel="Set" missingLabel="Not set" />
              </div>
              <div className="flex flex-col gap-2 sm:flex-row sm:items-start">
                <Field
                  className="flex-1"
                  label={settings.hasWebhookSecret ? `New ${secretLabel.toLowerCase()}` : secretLabel}
                  description={settings.hasWebhookSecret ? "Write-only: leave empty to keep the stored one." : "Not set yet: enter one or generate one."}
                  error={errors.webhookSecret?.message}
                >
                  {(control) => <Input {...control} type="password" autoComplete="new-password" {...register("webhookSecret")} />}
                </Field>
                <Button type="button" variant="outline" className="sm:mt-6" onClick={generate}>
                  Generate
                </Button>
              </div>
              {generated && (
                <div role="status" className="flex flex-col gap-1 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm dark:border-amber-700 dark:bg-amber-950">
                  <span>Copy this {secretLabel.toLowerCase()} into Lumen&apos;s enrollment form now: after saving it is never shown again.</span>
                  <span className="flex items-center gap-1">
                    <code className="font-mono text-xs break-all" aria-label={`Generated ${secretLabel.toLowerCase()}`}>
                      {generated}
                    </code>
                    <CopyButton value={generated} label={`generated ${secretLabel.toLowerCase()}`} />
                  </span>
                </div>
              )}
            </div>
            <Field
              label="Polling interval (seconds)"
              description={`How often the portal asks Lumen for notifications, ${NOTIFICATION_POLL_SECONDS.min}–${NOTIFICATION_POLL_SECONDS.max}.`}
              error={errors.notificationPollSeconds?.message}
            >
              {(control) => (
                <Input
                  {...control}
                  type="number"
                  inputMode="numeric"
                  min={NOTIFICATION_POLL_SECONDS.min}
                  max={NOTIFICATION_POLL_SECONDS.max}
                  {...register("notificationPollSeconds", { valueAsNumber: true })}
                />
              )}
            </Field>
          </SubmittingFieldset>
          <div className="flex justify-end">
            <SubmitButton pending={isSubmitting} className="w-auto">
              Save notification settings
            </SubmitButton>
          </div>
        </form>
      </CardContent>
    </Card>
  );
}

function CopyableUrl({ term, url }: { term: string; url: string }) {
  return (
    <div className="flex flex-col gap-0.5">
      <dt className="text-xs font-medium text-muted-foreground">{term}</dt>
      <dd className="flex items-center gap-1">
        <code className="font-mono text-xs break-all">{url}</code>
        <CopyButton value={url} label={term.toLowerCase()} />
      </dd>
    </div>
  );
}
