"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { TriangleAlert } from "lucide-react";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { SubmitButton } from "@/components/ui/submit-button";
import { organizationSettingsSchemaFor, sameLumenAddress, type OrganizationSettingsInput, type OrganizationSettingsSchema } from "@/lib/organizations/settings-schema";
import { readApiError } from "./api-error";
import { baseUrlChoices } from "./base-url-choices";
import { TestConnectionPanel } from "./test-connection-panel";
import { EnvironmentOptions } from "@/components/settings/environment-options";
import { SubmittingFieldset } from "@/components/ui/submitting-fieldset";

type SettingsValues = z.output<typeof OrganizationSettingsSchema>;
const FIELDS = ["name", "environment", "lumenBaseUrl", "clientId", "clientSecret"] as const;

export interface EditableSettings {
  name: string;
  environment: "sandbox" | "production";
  lumenBaseUrl: string;
  hasClientId: boolean;
  hasClientSecret: boolean;
}

interface OrganizationSettingsFormProps {
  org: string;
  settings: EditableSettings;
  /** The local sandbox's address as the server knows it (LUMEN_BASE_URL). */
  localSandboxUrl: string;
}

export function OrganizationSettingsForm({ org, settings, localSandboxUrl }: OrganizationSettingsFormProps) {
  const router = useRouter();
  const form = useForm<OrganizationSettingsInput, unknown, SettingsValues>({
    resolver: zodResolver(organizationSettingsSchemaFor(settings)),
    defaultValues: {
      name: settings.name,
      environment: settings.environment,
      lumenBaseUrl: settings.lumenBaseUrl,
      clientId: "",
      clientSecret: "",
    },
  });
  const { register, formState, setValue, control } = form;
  const { errors, isSubmitting, isDirty } = formState;
  const choices = baseUrlChoices(localSandboxUrl);
  const baseUrl = useWatch({ control, name: "lumenBaseUrl" }) ?? "";
  const environment = useWatch({ control, name: "environment" });
  // A new address needs the stored credentials typed again (organizationSettingsSchemaFor).
  const keepsStored = sameLumenAddress(baseUrl, settings.lumenBaseUrl);
  const storedHint = (stored: boolean) =>
    !stored ? "Not stored yet: enter it to connect." : keepsStored ? "Stored — leave empty to keep." : "Stored for the saved address: enter it again for this one.";
  const chosen = choices.find((choice) => choice.url === baseUrl.replace(/\/+$/, ""))?.id ?? "custom";
  const mismatch =
    (environment === "production" && chosen !== "production" && chosen !== "custom") ||
    (environment === "sandbox" && chosen === "production");

  async function onSubmit(values: SettingsValues) {
    // Empty credentials keep what is stored, so they are not sent at all.
    const body = {
      name: values.name,
      environment: values.environment,
      lumenBaseUrl: values.lumenBaseUrl,
      ...(values.clientId ? { clientId: values.clientId } : {}),
      ...(values.clientSecret ? { clientSecret: values.clientSecret } : {}),
    };
    let response: Response;
    try {
      response = await fetch(`/api/orgs/${encodeURIComponent(org)}/settings`, {
        method: "PATCH",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify(body),
      });
    } catch {
      toast.error("Could not reach the portal. Check your connection and try again.");
      return;
    }
    if (!response.ok) {
      const error = await readApiError(response);
      if (error.code === "VALIDATION_FAILED" && error.fieldErrors) {
        let placed = false;
        for (const field of FIELDS) {
          const message = error.fieldErrors[field]?.[0];
          if (message) {
            form.setError(field, { message }, { shouldFocus: !placed });
            placed = true;
          }
        }
        if (placed) return;
      }
      if (error.code === "FORBIDDEN") toast.error("Only admins and owners can change these settings.");
      else toast.error(error.message, { description: error.code });
      return;
    }
    const saved = ((await response.json()) as { settings: EditableSettings }).settings;
    form.reset({
      name: saved.name,
      environment: saved.environment,
      lumenBaseUrl: saved.lumenBaseUrl,
      clientId: "",
      clientSecret: "",
    });
    toast.success(body.clientId || body.clientSecret ? "Settings and credentials saved." : "Settings saved.");
    router.refresh();
  }

  return (
    <>
      <Card aria-labelledby="settings-form-title">
        <CardHeader>
          <CardTitle id="settings-form-title">Change the connection</CardTitle>
          <CardDescription>
            Credentials are write-only: they are stored encrypted and never shown again. Leave them empty to keep what is
            stored; a new base URL needs them again.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="flex flex-col gap-5">
            <SubmittingFieldset disabled={isSubmitting} className="grid gap-5 sm:grid-cols-2">
              <Field label="Organization name" error={errors.name?.message}>
                {(control) => <Input {...control} autoComplete="organization" {...register("name")} />}
              </Field>
              <Field
                label="Environment"
                description="Sandbox orders never touch real numbers."
                error={errors.environment?.message}
              >
                {(control) => (
                  <NativeSelect {...control} {...register("environment")}>
                    <EnvironmentOptions />
                  </NativeSelect>
                )}
              </Field>
              <div className="flex flex-col gap-2 sm:col-span-2">
                <Field
                  label="Lumen base URL"
                  description="Where the portal sends API calls. Pick a known address or type your own."
                  error={errors.lumenBaseUrl?.message}
                >
                  {(control) => (
                    <Input {...control} type="url" spellCheck={false} className="font-mono" {...register("lumenBaseUrl")} />
                  )}
                </Field>
                <div role="group" aria-label="Known addresses" className="flex flex-wrap gap-2">
                  {choices.map((choice) => (
                    <button
                      key={choice.id}
                      type="button"
                      aria-pressed={chosen === choice.id}
                      onClick={() => setValue("lumenBaseUrl", choice.url, { shouldDirty: true, shouldValidate: true })}
                      title={choice.url}
                      className={cn(
                        "rounded-full border px-3 py-1 text-xs font-medium transition-colors hover:bg-accent",
                        chosen === choice.id && "border-primary bg-accent text-accent-foreground",
                      )}
                    >
                      {choice.label}
                    </button>
                  ))}
                  <button
                    type="button"
                    aria-pressed={chosen === "custom"}
                    onClick={() => form.setFocus("lumenBaseUrl", { shouldSelect: true })}
                    className={cn(
                      "rounded-full border px-3 py-1 text-xs font-medium transition-colors hover:bg-accent",
                      chosen === "custom" && "border-primary bg-accent text-accent-foreground",
                    )}
                  >
                    Custom
                  </button>
                </div>
                {mismatch && (
                  <p className="flex items-start gap-1.5 text-xs text-amber-800 dark:text-amber-200">
                    <TriangleAlert aria-hidden className="mt-px size-3.5 shrink-0" />
                    {environment === "production"
                      ? "The environment is Production but the address is not Lumen's production API."
                      : "The environment is Sandbox but the address is Lumen's production API: orders would be real."}
                  </p>
                )}
              </div>
              <Field
                label="Client ID"
                description={storedHint(settings.hasClientId)}
                error={errors.clientId?.message}
              >
                {(control) => (
                  <Input
                    {...control}
                    autoComplete="off"
                    spellCheck={false}
                    placeholder={settings.hasClientId ? "Stored (hidden)" : undefined}
                    {...register("clientId")}
                  />
                )}
              </Field>
              <Field
                label="Client secret"
                description={storedHint(settings.hasClientSecret)}
                error={errors.clientSecret?.message}
              >
                {(control) => (
                  <Input
                    {...control}
                    type="password"
                    autoComplete="new-password"
                    placeholder={settings.hasClientSecret ? "Stored (hidden)" : undefined}
                    {...register("clientSecret")}
                  />
                )}
              </Field>
            </SubmittingFieldset>
            <div className="flex justify-end">
              <SubmitButton pending={isSubmitting} className="w-auto">
                Save settings
              </SubmitButton>
            </div>
          </form>
        </CardContent>
      </Card>
      <TestConnectionPanel org={org} unsavedChanges={isDirty} />
    </>
  );
}
