"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Controller, useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import { readApiError } from "@/components/settings/api-error";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import {
  LIMITABLE_ORDER_TYPE_LABELS,
  LIMITABLE_ORDER_TYPES,
  SubAccountSchema,
  type SubAccountInput,
  type SubAccountValues,
} from "@/lib/sub-accounts/sub-account-schema";
import { CheckboxGroup } from "./checkbox-group";
import { SubmittingFieldset } from "@/components/ui/submitting-fieldset";

const FIELDS = ["name", "customerServiceNames", "maxNumbers", "allowedOrderTypes"] as const;

interface SubAccountFormProps {
  org: string;
  /** The organization's customer service names (Settings): the ones a sub-account may be given. */
  knownCustomerServiceNames: string[];
  /** Editing an existing sub-account; absent to create one. */
  subAccount?: { id: string; name: string; customerServiceNames: string[]; maxNumbers: number | null; allowedOrderTypes: string[]; numbersHeld: number };
}

/** Creates a reseller sub-account, or changes one: its name, customer service names and limits. */
export function SubAccountForm({ org, knownCustomerServiceNames, subAccount }: SubAccountFormProps) {
  const router = useRouter();
  const editing = Boolean(subAccount);
  const defaults: SubAccountInput = {
    name: subAccount?.name ?? "",
    customerServiceNames: subAccount?.customerServiceNames ?? [],
    maxNumbers: subAccount?.maxNumbers ?? "",
    allowedOrderTypes: (subAccount?.allowedOrderTypes ?? []) as SubAccountValues["allowedOrderTypes"],
  };
  const form = useForm<SubAccountInput, unknown, SubAccountValues>({ resolver: zodResolver(SubAccountSchema), defaultValues: defaults });
  const { register, control, formState } = form;
  const typedMax = useWatch({ control, name: "maxNumbers" });
  const overLimit = subAccount ? overLimitNote(subAccount.numbersHeld, typedMax) : null;
  const { errors, isSubmitting } = formState;
  // Names the sub-account kept after Settings dropped them stay listed, so they can be removed here.
  const csnOptions = [...new Set([...knownCustomerServiceNames, ...(subAccount?.customerServiceNames ?? [])])].map((name) => ({ value: name, label: name }));

  async function onSubmit(values: SubAccountValues) {
    const base = `/api/orgs/${encodeURIComponent(org)}/sub-accounts`;
    let response: Response;
    try {
      response = await fetch(subAccount ? `${base}/${encodeURIComponent(subAccount.id)}` : base, {
        method: subAccount ? "PATCH" : "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify(values),
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
      if (!placed) toast.error(error.message, { description: error.code });
      return;
    }
    const saved = ((await response.json()) as { subAccount: { id: string; name: string } }).subAccount;
    if (editing) {
      form.reset(values as SubAccountInput);
      if (overLimit) toast.warning(`${saved.name} saved. ${overLimit}`);
      else toast.success(`${saved.name} saved.`);
      router.refresh();
    } else {
      form.reset(defaults);
      toast.success(`${saved.name} created.`, {
        action: { label: "Open", onClick: () => router.push(`/${org}/sub-accounts/${saved.id}`) },
      });
      router.refresh();
    }
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate aria-label={editing ? "Change the sub-account" : "New sub-account"} className="flex flex-col gap-5">
      <SubmittingFieldset disabled={isSubmitting} className="grid gap-5 sm:grid-cols-2">
        <Field label="Name" description="The reseller's name, as its users and your staff will see it." error={errors.name?.message}>
          {(controlProps) => <Input {...controlProps} autoComplete="off" {...register("name")} />}
        </Field>
        <Field
          label="At most this many numbers"
          description={overLimit ?? "Reserved, on order and active numbers count. Leave empty for no limit."}
          error={errors.maxNumbers?.message}
        >
          {(controlProps) => <Input {...controlProps} type="number" inputMode="numeric" min={0} {...register("maxNumbers", { setValueAs: toNumberOrEmpty })} />}
        </Field>
        <div className="sm:col-span-2">
          <Controller
            control={control}
            name="customerServiceNames"
            render={({ field, fieldState }) => (
              <CheckboxGroup
                legend="Customer service names it may order with"
                description="Its users must name one of these on every install and port."
                error={fieldState.error?.message ?? errors.customerServiceNames?.message}
                options={csnOptions}
                value={field.value ?? []}
                onChange={field.onChange}
                empty={
                  <>
                    The organization has no customer service names yet. An admin adds them under{" "}
                    <Link className="underline underline-offset-2" href={`/${org}/settings#order-defaults-title`}>
                      Settings
                    </Link>
                    .
                  </>
                }
              />
            )}
          />
        </div>
        <div className="sm:col-span-2">
          <Controller
            control={control}
            name="allowedOrderTypes"
            render={({ field, fieldState }) => (
              <CheckboxGroup
                legend="Order types it may place"
                description="None ticked allows every type. Cancels, supplements and backorder answers follow the order they act on."
                error={fieldState.error?.message}
                options={LIMITABLE_ORDER_TYPES.map((type) => ({ value: type, label: LIMITABLE_ORDER_TYPE_LABELS[type] }))}
                value={field.value ?? []}
                onChange={(next) => field.onChange(next)}
              />
            )}
          />
        </div>
      </SubmittingFieldset>
      <div className="flex justify-end">
        <SubmitButton pending={isSubmitting} className="w-auto">
          {editing ? "Save changes" : "Create sub-account"}
        </SubmitButton>
      </div>
    </form>
  );
}

function toNumberOrEmpty(value: unknown): number | "" {
  if (value === "" || value === null || value === undefined) return "";
  const number = Number(value);
  return Number.isNaN(number) ? "" : number;
}

/**
 * A limit below what the sub-account holds is allowed (nothing it holds is taken away), but
 * its users could then order no more numbers and would learn it only from a refused order:
 * the form says so while the limit is typed, and again once it is saved.
 */
function overLimitNote(held: number, typed: unknown): string | null {
  if (typeof typed !== "number" || held <= typed) return null;
  return `It holds ${held.toLocaleString()} ${held === 1 ? "number" : "numbers"}, more than ${typed.toLocaleString()}: its users can order no more numbers until it holds fewer. Nothing it holds is taken away.`;
}
