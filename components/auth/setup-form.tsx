"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useTransition, type ReactNode } from "react";
import { useForm, type UseFormReturn } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { setupAction } from "@/app/(auth)/setup/actions";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { SubmitButton } from "@/components/ui/submit-button";
import { SetupSchema, type SetupInput } from "@/lib/auth/schemas";
import { EnvironmentOptions } from "@/components/settings/environment-options";

type SetupValues = z.output<typeof SetupSchema>;
type SetupForm = UseFormReturn<SetupInput, unknown, SetupValues>;

/** The organization fields the page pre-fills: the local sandbox's test customer, so a first run works without a Lumen account. */
export type SetupDefaults = Pick<SetupInput, "customerNumber" | "lumenBaseUrl" | "clientId" | "clientSecret">;

export function SetupForm({ defaults }: { defaults: SetupDefaults }) {
  const router = useRouter();
  const [navigating, startNavigation] = useTransition();
  const form = useForm<SetupInput, unknown, SetupValues>({
    resolver: zodResolver(SetupSchema),
    defaultValues: {
      ownerName: "",
      email: "",
      password: "",
      confirmPassword: "",
      organizationName: "",
      environment: "sandbox",
      ...defaults,
    },
  });

  async function onSubmit(values: SetupValues) {
    const result = await setupAction(values);
    if (!result.ok) {
      if (showFieldErrors(form, result.fieldErrors)) return;
      toast.error(result.message);
      // A conflict without a field means someone else finished set-up first. A client-side
      // navigation keeps the toast on screen.
      if (result.code === "CONFLICT") router.replace("/login");
      return;
    }

    const signedIn = await signIn("credentials", { email: values.email, password: values.password, redirect: false });
    if (signedIn?.ok && !signedIn.error) {
      // The transition keeps the button disabled until the portal has rendered.
      startNavigation(() => router.replace(`/${result.data.orgSlug}`));
    } else {
      // The owner exists; only the automatic sign-in failed, so let them do it by hand.
      toast.success("Owner and organization created. Sign in to continue.");
      router.replace("/login");
    }
  }

  const { errors, isSubmitting } = form.formState;
  const { register } = form;

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="flex flex-col gap-8">
      <Section title="You, the first owner" description="You can invite colleagues once the portal is set up.">
        <Field label="Your name" error={errors.ownerName?.message}>
          {(control) => <Input {...control} autoComplete="name" autoFocus {...register("ownerName")} />}
        </Field>
        <Field label="E-mail" error={errors.email?.message}>
          {(control) => <Input {...control} type="email" autoComplete="email" {...register("email")} />}
        </Field>
        <Field label="Password" description="At least 12 characters." error={errors.password?.message}>
          {(control) => <Input {...control} type="password" autoComplete="new-password" {...register("password")} />}
        </Field>
        <Field label="Confirm password" error={errors.confirmPassword?.message}>
          {(control) => (
            <Input {...control} type="password" autoComplete="new-password" {...register("confirmPassword")} />
          )}
        </Field>
      </Section>

      <Section
        title="Organization"
        description="The Lumen account this portal orders for. The values filled in are the local sandbox's test credentials; keep them to try the portal, and change them later in Settings."
      >
        <Field label="Organization name" error={errors.organizationName?.message}>
          {(control) => <Input {...control} autoComplete="organization" {...register("organizationName")} />}
        </Field>
        <Field
          label="Lumen customer number"
          description="Your Master BusOrg number, like 1-ABC-23."
          error={errors.customerNumber?.message}
        >
          {(control) => <Input {...control} className="font-mono" spellCheck={false} {...register("customerNumber")} />}
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
        <Field
          label="Lumen base URL"
          description={`The local sandbox listens on ${defaults.lumenBaseUrl}; Lumen's production API is https://api.centurylink.com.`}
          error={errors.lumenBaseUrl?.message}
        >
          {(control) => <Input {...control} type="url" spellCheck={false} {...register("lumenBaseUrl")} />}
        </Field>
        <Field label="Client ID" description="From your Lumen API application." error={errors.clientId?.message}>
          {(control) => <Input {...control} autoComplete="off" spellCheck={false} {...register("clientId")} />}
        </Field>
        <Field label="Client secret" description="Stored encrypted, never shown again." error={errors.clientSecret?.message}>
          {(control) => <Input {...control} type="password" autoComplete="off" {...register("clientSecret")} />}
        </Field>
      </Section>

      <SubmitButton pending={isSubmitting || navigating} className="sm:w-auto sm:self-end">
        Create owner and organization
      </SubmitButton>
    </form>
  );
}

function Section({ title, description, children }: { title: string; description: string; children: ReactNode }) {
  return (
    <fieldset className="flex flex-col gap-4">
      <legend className="mb-4 flex flex-col gap-1">
        <span className="text-base font-semibold">{title}</span>
        <span className="text-sm text-muted-foreground">{description}</span>
      </legend>
      <div className="grid gap-4 sm:grid-cols-2">{children}</div>
    </fieldset>
  );
}

/** Puts the server's field errors on their fields; false when none of them is a form field. */
function showFieldErrors(form: SetupForm, fieldErrors: Record<string, string[]> | undefined): boolean {
  const fields = Object.entries(fieldErrors ?? {}).filter(
    (entry): entry is [keyof SetupInput, string[]] => entry[0] in SetupSchema.shape,
  );
  fields.forEach(([field, messages], index) =>
    form.setError(field, { type: "server", message: messages[0] }, { shouldFocus: index === 0 }),
  );
  return fields.length > 0;
}
