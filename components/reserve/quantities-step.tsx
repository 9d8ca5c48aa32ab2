import { useFormContext, useWatch } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { MAX_TNS_PER_RATE_CENTER } from "@/lib/lumen/schemas/order-inventory";
import type { ReserveWizardValues } from "./reserve-wizard-schema";

/** The fields of a line the user types in. */
export const LINE_FIELDS = ["quantity", "pbxIndex", "pbxValue", "tnLocNpa", "tnLocNxx", "tnList"] as const;
type LineField = (typeof LINE_FIELDS)[number];

// Fields whose rule depends on a sibling: changing one re-checks the other, so a
// half-filled PBX restriction or an NXX without NPA shows its code at once.
const DEPENDS_ON: Partial<Record<LineField, LineField[]>> = {
  pbxIndex: ["pbxValue"],
  pbxValue: ["pbxIndex"],
  tnLocNpa: ["tnLocNxx", "tnList"],
  tnLocNxx: ["tnLocNpa", "tnList"],
  tnList: ["tnLocNpa", "tnLocNxx"],
};

/** Step 4: per rate center how many numbers and which options, checked by Lumen's rules as typed. */
export function QuantitiesStep() {
  const { register, control, formState } = useFormContext<ReserveWizardValues>();
  const lines = useWatch({ control, name: "lines" });

  return (
    <ul className="flex flex-col gap-4" aria-label="Quantities per rate center">
      {lines.map((line, index) => {
        const errors = formState.errors.lines?.[index];
        const name = line.rateCenter;
        const field = (key: LineField) =>
          register(`lines.${index}.${key}`, { deps: DEPENDS_ON[key]?.map((dep) => `lines.${index}.${dep}` as const) });
        return (
          <li key={`${line.state}-${line.rateCenter}`} className="rounded-lg border bg-card">
            <h3 className="border-b px-4 py-2.5 text-sm font-semibold">
              {line.rateCenter}, {line.state}
            </h3>
            <div className="grid gap-x-5 gap-y-4 px-4 py-4 sm:grid-cols-2 lg:grid-cols-3">
              <Field
                label={`Quantity for ${name}`}
                error={errors?.quantity?.message}
                description={
                  <>
                    1–{MAX_TNS_PER_RATE_CENTER} numbers. For more in one rate center, ask Lumen for a TN exception at{" "}
                    <a href="mailto:LEUOrders@Lumen.com" className="underline underline-offset-2">
                      LEUOrders@Lumen.com
                    </a>
                    .
                  </>
                }
              >
                {(controlProps) => (
                  <Input {...controlProps} inputMode="numeric" autoComplete="off" className="tabular-nums" {...field("quantity")} />
                )}
              </Field>
              <div className="flex flex-col gap-1.5 lg:col-span-2">
                <span className="text-sm font-medium">Sequence</span>
                <label className="flex items-start gap-2 text-sm">
                  <input
                    type="checkbox"
                    className="mt-0.5 size-4 shrink-0 accent-primary"
                    aria-label={`Sequential numbers for ${name}`}
                    {...register(`lines.${index}.sequential`)}
                  />
                  <span>
                    Sequential numbers
                    <span className="block text-xs text-muted-foreground">Consecutive numbers, where Lumen has a run free.</span>
                  </span>
                </label>
              </div>
              <fieldset className="grid gap-x-5 gap-y-4 sm:col-span-2 sm:grid-cols-2 lg:col-span-3 lg:grid-cols-3">
                <legend className="mb-1 text-sm font-medium">
                  PBX restriction <span className="font-normal text-muted-foreground">(optional)</span>
                </legend>
                <p className="text-xs text-muted-foreground sm:col-span-2 lg:col-span-1">
                  Keep a digit out of one position so the numbers do not clash with your PBX dialing. The guide&apos;s example:
                  position 4 and digit 9 exclude a 9 in the fourth place from the left. Fill both or neither.
                </p>
                <Field label={`PBX digit position for ${name}`} error={errors?.pbxIndex?.message} description="1–10, from the left.">
                  {(controlProps) => (
                    <Input {...controlProps} inputMode="numeric" autoComplete="off" maxLength={2} {...field("pbxIndex")} />
                  )}
                </Field>
                <Field label={`Excluded digit for ${name}`} error={errors?.pbxValue?.message} description="0–9.">
                  {(controlProps) => (
                    <Input {...controlProps} inputMode="numeric" autoComplete="off" maxLength={1} {...field("pbxValue")} />
                  )}
                </Field>
              </fieldset>
              <fieldset className="grid gap-x-5 gap-y-4 sm:col-span-2 sm:grid-cols-2 lg:col-span-3 lg:grid-cols-3">
                <legend className="mb-1 text-sm font-medium">
                  Location preference <span className="font-normal text-muted-foreground">(optional)</span>
                </legend>
                <Field label={`Preferred NPA for ${name}`} error={errors?.tnLocNpa?.message} description="Area code, e.g. 303.">
                  {(controlProps) => (
                    <Input {...controlProps} inputMode="numeric" autoComplete="off" maxLength={3} {...field("tnLocNpa")} />
                  )}
                </Field>
                <Field
                  label={`Preferred NXX for ${name}`}
                  error={errors?.tnLocNxx?.message}
                  description="Exchange, with the NPA."
                >
                  {(controlProps) => (
                    <Input {...controlProps} inputMode="numeric" autoComplete="off" maxLength={3} {...field("tnLocNxx")} />
                  )}
                </Field>
                <Field
                  label={`Numbers to match for ${name}`}
                  error={errors?.tnList?.message}
                  description="Or: example numbers to follow (tnList), not with an NPA or NXX."
                >
                  {(controlProps) => <Input {...controlProps} autoComplete="off" spellCheck={false} {...field("tnList")} />}
                </Field>
              </fieldset>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
