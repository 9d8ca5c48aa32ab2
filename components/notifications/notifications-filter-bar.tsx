"use client";

import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { UrlFilterForm } from "@/components/ui/url-filter-form";
import { NotificationSource, type NotificationOutcome } from "@/lib/db/generated/enums";
import { NOTIFICATION_FILTER_KEYS, type NotificationFilterKey } from "@/lib/notifications/list-notifications-schema";
import { OUTCOME_INFO, SOURCE_LABELS } from "./notification-labels";
import type { NotificationFilterValues } from "./read-notification-filters";

interface NotificationsFilterBarProps {
  values: NotificationFilterValues;
  /** Per-filter messages when the URL holds a value the server refused. */
  fieldErrors: Partial<Record<NotificationFilterKey, string>>;
  /** A reseller never sees notifications that matched no order or could not be read. */
  outcomes: NotificationOutcome[];
}

const TEXT_FIELDS: Array<{ key: "code" | "order" | "tn"; label: string; placeholder: string; inputMode?: "numeric" | "tel" }> = [
  { key: "code", label: "Code", placeholder: "e.g. 903", inputMode: "numeric" },
  { key: "order", label: "Order", placeholder: "Voice, external or portal order ID" },
  { key: "tn", label: "Telephone number", placeholder: "10 digits or +1…", inputMode: "tel" },
];

export function NotificationsFilterBar({ values, fieldErrors, outcomes }: NotificationsFilterBarProps) {
  const active = NOTIFICATION_FILTER_KEYS.some((key) => values[key]);

  return (
    <UrlFilterForm label="Filter notifications" values={values} active={active}>
      {(actions) => (
        <>
          <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
            {TEXT_FIELDS.map((field) => (
              <Field key={field.key} label={field.label} error={fieldErrors[field.key]} className={field.key === "order" ? "col-span-2" : undefined}>
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
            <Field label="Source" error={fieldErrors.source}>
              {(control) => (
                <NativeSelect {...control} name="source" defaultValue={values.source ?? ""}>
                  <option value="">All sources</option>
                  {Object.values(NotificationSource).map((source) => (
                    <option key={source} value={source}>
                      {SOURCE_LABELS[source]}
                    </option>
                  ))}
                </NativeSelect>
              )}
            </Field>
            <Field label="Outcome" error={fieldErrors.outcome}>
              {(control) => (
                <NativeSelect {...control} name="outcome" defaultValue={values.outcome ?? ""}>
                  <option value="">All outcomes</option>
                  {outcomes.map((outcome) => (
                    <option key={outcome} value={outcome}>
                      {OUTCOME_INFO[outcome].label}
                    </option>
                  ))}
                </NativeSelect>
              )}
            </Field>
            <Field label="Received from" error={fieldErrors.from}>
              {(control) => <Input {...control} name="from" type="date" defaultValue={values.from ?? ""} />}
            </Field>
            <Field label="Received to" error={fieldErrors.to}>
              {(control) => <Input {...control} name="to" type="date" defaultValue={values.to ?? ""} />}
            </Field>
          </div>
          <div className="flex flex-wrap items-center justify-between gap-3">
            <p className="text-xs text-muted-foreground">Dates are days in UTC of when the portal received the notification.</p>
            <div className="flex items-center gap-2">
              {actions}
            </div>
          </div>
          {values.pageSize && <input type="hidden" name="pageSize" value={values.pageSize} />}
        </>
      )}
    </UrlFilterForm>
  );
}
