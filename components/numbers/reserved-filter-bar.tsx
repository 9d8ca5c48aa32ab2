"use client";

import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { ReservedFilterKey } from "@/lib/numbers/reserved-numbers-query";
import type { ReservedFilterValues } from "./read-reserved-filters";
import { UrlFilterForm } from "@/components/ui/url-filter-form";

interface ReservedFilterBarProps {
  values: ReservedFilterValues;
  /** Per-filter messages when the URL holds a value the server refused (with Lumen's code). */
  fieldErrors: Partial<Record<ReservedFilterKey, string>>;
}

const FIELDS: Array<{ key: ReservedFilterKey; label: string; placeholder: string; description?: string; inputMode?: "numeric" }> = [
  { key: "rateCenter", label: "Rate center", placeholder: "e.g. PHOENIX", description: "Narrows the rows of each page Lumen returns." },
  { key: "NPA", label: "NPA", placeholder: "e.g. 602", inputMode: "numeric" },
  { key: "NXX", label: "NXX", placeholder: "e.g. 974", description: "Needs its NPA.", inputMode: "numeric" },
  { key: "voiceOrderID", label: "Voice order ID", placeholder: "Lumen's order ID" },
  { key: "externalOrderID", label: "External order ID", placeholder: "Your order reference" },
];

export function ReservedFilterBar({ values, fieldErrors }: ReservedFilterBarProps) {
  const active = FIELDS.some(({ key }) => values[key]);

  return (
    <UrlFilterForm label="Filter reserved numbers" values={values} active={active}>
      {(actions) => (
        <>
          <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
            {FIELDS.map((field) => (
              <Field key={field.key} label={field.label} error={fieldErrors[field.key]} description={field.description}>
                {(control) => (
                  <Input
                    {...control}
                    name={field.key}
                    defaultValue={values[field.key] ?? ""}
                    placeholder={field.placeholder}
                    inputMode={field.inputMode}
                    spellCheck={false}
                    autoComplete="off"
                  />
                )}
              </Field>
            ))}
          </div>
          <div className="flex flex-wrap items-center justify-end gap-2">
            {actions}
          </div>
          {values.pageSize && <input type="hidden" name="pageSize" value={values.pageSize} />}
        </>
      )}
    </UrlFilterForm>
  );
}
