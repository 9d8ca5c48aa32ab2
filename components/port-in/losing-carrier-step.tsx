import { formatCalendarDay } from "@/lib/dates/format-dates";
import { useId } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { formatTn } from "@/lib/lumen/telephone-numbers";
import { ChoiceCards } from "@/components/install/choice-cards";
import { InstallTextField } from "@/components/install/install-text-field";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { isBusinessDay } from "@/lib/lumen/business-days";
import type { PortWizardValues } from "./port-wizard-schema";

const WIRELESS = [
  { value: "N", name: "Not wireless", description: "A landline or VoIP account at the losing carrier." },
  { value: "Y", name: "Wireless", description: "The numbers are on a mobile account at the losing carrier." },
] as const;

/** Today's UTC date: the contract refuses a port date before it (20214). */
export function earliestPortDate(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

function weekendOrHolidayHint(date: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const day = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(day.getTime()) || isBusinessDay(day)) return null;
  const label = formatCalendarDay(day);
  return `${label} is not a business day: the losing carrier will confirm a business day as the FOC date.`;
}

/** Step 3: the letter of authorization, the losing carrier's account, and when to port. */
export function LosingCarrierStep({ porting }: { porting: string[] }) {
  const { register, control, formState } = useFormContext<PortWizardValues>();
  const portDate = useWatch({ control, name: "portDate" });
  const loaReceivedId = useId();
  const loaReceivedError = formState.errors.loaReceived?.message;
  const hint = weekendOrHolidayHint(portDate);

  return (
    <div className="flex flex-col gap-8">
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-sm font-semibold">Letter of authorization (LOA)</legend>
        <div className="grid gap-x-5 gap-y-4 sm:grid-cols-2">
          <InstallTextField<PortWizardValues> name="loaName" label="Signed by" description="The name on the letter of authorization." autoComplete="name" />
          <Field
            label="Signed on"
            error={formState.errors.loaDateTime?.message}
            description="Date and time on the letter, in your time zone; sent to Lumen in UTC."
          >
            {(controlProps) => <Input {...controlProps} type="datetime-local" {...register("loaDateTime")} />}
          </Field>
        </div>
        <div className="flex flex-col gap-1">
          <label className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              className="mt-0.5 size-4 shrink-0 accent-primary"
              aria-invalid={loaReceivedError ? true : undefined}
              aria-describedby={loaReceivedError ? `${loaReceivedId}-error` : undefined}
              {...register("loaReceived")}
            />
            <span className="flex flex-col gap-0.5">
              <span className="font-medium">The signed letter of authorization is in hand</span>
              <span className="text-muted-foreground">Lumen processes no port without it.</span>
            </span>
          </label>
          {loaReceivedError && (
            <p id={`${loaReceivedId}-error`} className="text-sm text-destructive">
              {loaReceivedError}
            </p>
          )}
        </div>
      </fieldset>

      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-sm font-semibold">Losing carrier</legend>
        <div className="grid gap-x-5 gap-y-4 sm:grid-cols-3">
          <InstallTextField<PortWizardValues>
            name="losingCarrierAccountNumber"
            label="Account number (optional)"
            description="Letters, digits and hyphens, at most 20."
          />
          <InstallTextField<PortWizardValues>
            name="losingCarrierPin"
            label="PIN (optional)"
            type="password"
            autoComplete="new-password"
            description="The account's port-out PIN. Sent to Lumen only, never kept by the portal."
          />
          <Field
            label="Billing telephone number (optional)"
            error={formState.errors.billingTelephoneNumber?.message}
            description="The account's main number at the losing carrier, one of the numbers being ported."
          >
            {(controlProps) => (
              <NativeSelect {...controlProps} {...register("billingTelephoneNumber")}>
                <option value="">Not given</option>
                {porting.map((tn) => (
                  <option key={tn} value={tn}>
                    {formatTn(tn)}
                  </option>
                ))}
              </NativeSelect>
            )}
          </Field>
        </div>
        <ChoiceCards<PortWizardValues> field="losingCarrierWirelessLnp" legend="Wireless numbers?" choices={WIRELESS} />
      </fieldset>

      <Field
        label="Port on"
        className="max-w-xs"
        error={formState.errors.portDate?.message}
        description={hint ?? "Today or later. Lumen confirms the date (FOC) once the losing carrier answers."}
      >
        {(controlProps) => <Input {...controlProps} type="date" min={earliestPortDate()} {...register("portDate")} />}
      </Field>
    </div>
  );
}
