"use client";

import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { UrlFilterForm } from "@/components/ui/url-filter-form";
import { actionsOf, AUDIT_ACTIONS, AUDIT_CATEGORIES, AUDIT_CATEGORY_KEYS } from "@/lib/audit/audit-actions";
import { AUDIT_FILTER_KEYS, type AuditFilterKey } from "@/lib/audit/audit-query-schema";
import type { AuditFilterValues } from "./read-audit-filters";

interface AuditFilterBarProps {
  values: AuditFilterValues;
  /** Per-filter messages when the URL holds a value the server refused. */
  fieldErrors: Partial<Record<AuditFilterKey, string>>;
}

const TEXT_FIELDS: Array<{ key: "actor" | "target" | "address"; label: string; placeholder: string; type?: string }> = [
  { key: "actor", label: "Who", placeholder: "E-mail address or part of it" },
  { key: "target", label: "Target", placeholder: "Voice or external order ID, or an id" },
  { key: "address", label: "Address", placeholder: "e.g. 203.0.113.7 or 203.0.113." },
];

export function AuditFilterBar({ values, fieldErrors }: AuditFilterBarProps) {
  const active = AUDIT_FILTER_KEYS.some((key) => values[key]);
  // An action from an older link that the list no longer names still shows as chosen.
  const unlisted = values.action && !(values.action in AUDIT_ACTIONS) && !(values.action in AUDIT_CATEGORIES) ? values.action : null;

  return (
    <UrlFilterForm label="Filter the audit trail" values={values} active={active}>
      {(actions) => (
        <>
          <div className="grid grid-cols-2 gap-3 lg:grid-cols-3">
            <Field label="Action" error={fieldErrors.action} className="col-span-2 lg:col-span-1">
              {(control) => (
                <NativeSelect {...control} name="action" defaultValue={values.action ?? ""}>
                  <option value="">All actions</option>
                  {unlisted && <option value={unlisted}>{unlisted}</option>}
                  {AUDIT_CATEGORY_KEYS.map((category) => (
                    <optgroup key={category} label={AUDIT_CATEGORIES[category]}>
                      <option value={category}>All: {AUDIT_CATEGORIES[category].toLowerCase()}</option>
                      {actionsOf(category).map((action) => (
                        <option key={action} value={action}>
                          {AUDIT_ACTIONS[action]!.label}
                        </option>
                      ))}
                    </optgroup>
                  ))}
                </NativeSelect>
              )}
            </Field>
            {TEXT_FIELDS.map((field) => (
              <Field key={field.key} label={field.label} error={fieldErrors[field.key]}>
                {(control) => (
                  <Input
                    {...control}
                    name={field.key}
                    defaultValue={values[field.key] ?? ""}
                    placeholder={field.placeholder}
                    spellCheck={false}
                    autoComplete="off"
                  />
                )}
              </Field>
            ))}
            <Field label="From" error={fieldErrors.from}>
              {(control) => <Input {...control} name="from" type="date" defaultValue={values.from ?? ""} />}
            </Field>
            <Field label="To" error={fieldErrors.to}>
              {(control) => <Input {...control} name="to" type="date" defaultValue={values.to ?? ""} />}
            </Field>
          </div>
          <div className="flex flex-wrap items-center justify-between gap-3">
            <p className="text-xs text-muted-foreground">Dates are days in UTC of when the action was recorded.</p>
            <div className="flex items-center gap-2">{actions}</div>
          </div>
          {values.pageSize && <input type="hidden" name="pageSize" value={values.pageSize} />}
        </>
      )}
    </UrlFilterForm>
  );
}
