"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { SubmitButton } from "@/components/ui/submit-button";
import { readApiError } from "@/components/settings/api-error";
import { ALERT_KINDS, ALERT_KIND_INFO, AlertPreferencesSchema, type AlertPreferences } from "@/lib/alerts/alert-kinds";
import { SubmittingFieldset } from "@/components/ui/submitting-fieldset";

interface AlertPreferencesFormProps {
  org: string;
  preferences: AlertPreferences;
  email: string;
}

/** The user's own three alert switches for this organization, saved together. */
export function AlertPreferencesForm({ org, preferences, email }: AlertPreferencesFormProps) {
  const form = useForm<AlertPreferences>({ resolver: zodResolver(AlertPreferencesSchema), defaultValues: preferences });
  const { register, formState } = form;

  async function onSubmit(values: AlertPreferences) {
    let response: Response;
    try {
      response = await fetch(`/api/orgs/${encodeURIComponent(org)}/alerts`, {
        method: "PUT",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify(values),
      });
    } catch {
      toast.error("Could not reach the portal. Check your connection and try again.");
      return;
    }
    if (!response.ok) {
      const error = await readApiError(response);
      toast.error(error.message, { description: error.code });
      return;
    }
    const saved = ((await response.json()) as { alerts: AlertPreferences }).alerts;
    form.reset(saved);
    const count = ALERT_KINDS.filter((kind) => saved[kind]).length;
    toast.success(count === 0 ? "Alerts saved: you get no alert mails." : `Alerts saved: ${count} of ${ALERT_KINDS.length} on.`);
  }

  return (
    <Card aria-labelledby="alert-preferences-title">
      <CardHeader>
        <CardTitle id="alert-preferences-title">Mail me when</CardTitle>
        <CardDescription>
          Alerts go to <strong className="font-medium text-foreground">{email}</strong>, one mail per notification.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="flex flex-col gap-5">
          <SubmittingFieldset disabled={formState.isSubmitting} className="flex flex-col gap-4">
            <legend className="sr-only">Alert mails</legend>
            {ALERT_KINDS.map((kind) => (
              <label key={kind} className="flex cursor-pointer items-start gap-3">
                <input
                  type="checkbox"
                  className="mt-0.5 size-4 shrink-0 accent-primary"
                  aria-describedby={`alert-${kind}-sentence`}
                  {...register(kind)}
                />
                <span className="flex flex-col gap-0.5">
                  <span className="text-sm font-medium">{ALERT_KIND_INFO[kind].label}</span>
                  <span id={`alert-${kind}-sentence`} className="text-sm text-muted-foreground">
                    {ALERT_KIND_INFO[kind].sentence}
                  </span>
                </span>
              </label>
            ))}
          </SubmittingFieldset>
          <div className="flex justify-end">
            {/* Not disabled when nothing changed: a disabled button that has the focus drops it to the page's top. */}
            <SubmitButton pending={formState.isSubmitting} className="w-auto">
              Save alerts
            </SubmitButton>
          </div>
        </form>
      </CardContent>
    </Card>
  );
}
