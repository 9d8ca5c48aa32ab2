"use client";

import { useId, useRef, useState, type FormEvent } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { CodedAlert } from "@/components/wizard/coded-alert";
import { lumenMessage } from "@/lib/lumen/codes";
import { codedMessage } from "@/components/wizard/coded-message";
import { toLumenIssues } from "@/lib/lumen/lumen-rule";
import { makeSupplementRequestSchema, type ParsedSupplementRequest } from "@/lib/lumen/schemas/supplement-order";
import { diffFacts, portFactsOf, supplementChanges, type FieldChange, type PortFacts } from "@/lib/orders/supplement-versions";
import { formatTn } from "@/lib/lumen/telephone-numbers";
import { OrderActionRefusal } from "./order-actions-refusal";
import { useActingOrder } from "./order-actions-send";

interface SupplementPortFormProps {
  org: string;
  orderId: string;
  voiceOrderId: string;
  /** What Lumen last took: the port as sent with every supplement it did not refuse. */
  current: PortFacts;
  /** The port's own numbers: the billing number is one of them. */
  portNumbers: string[];
  onClose(): void;
}

const ADDRESS_KEYS = ["streetNumber", "streetName", "streetSuffix", "secondaryLocation", "city", "state", "zip"] as const;
const ADDRESS_LABELS: Record<(typeof ADDRESS_KEYS)[number], string> = {
  streetNumber: "Street number",
  streetName: "Street name",
  streetSuffix: "Street suffix",
  secondaryLocation: "Suite or unit",
  city: "City",
  state: "State",
  zip: "ZIP code",
};

type Values = {
  date: string;
  customerType: string;
  firstName: string;
  lastName: string;
  middleInitial: string;
  businessName: string;
  billingTelephoneNumber: string;
} & Record<(typeof ADDRESS_KEYS)[number], string>;

function valuesOf(current: PortFacts): Values {
  const address = current.serviceAddress ?? {};
  return {
    date: current.customerRequestDate?.slice(0, 10) ?? "",
    customerType: current.customerType ?? "R",
    firstName: current.firstName ?? "",
    lastName: current.lastName ?? "",
    middleInitial: current.middleInitial ?? "",
    businessName: current.businessName ?? "",
    billingTelephoneNumber: current.billingTelephoneNumber ?? "",
    ...Object.fromEntries(ADDRESS_KEYS.map((key) => [key, address[key] ?? ""])),
  } as Values;
}

/** The facts the form asks for; blank fields and the names the customer type does not use are left as they are. */
function wantedFacts(values: Values, current: PortFacts): PortFacts {
  const sameDay = values.date === current.customerRequestDate?.slice(0, 10);
  // A new day keeps the time of day of the date Lumen has, as Lumen's dates carry one.
  const date = !values.date ? undefined : sameDay ? current.customerRequestDate : `${values.date}${current.customerRequestDate?.slice(10) ?? "T00:00:00Z"}`;
  const residence = values.customerType === "R";
  return portFactsOf({
    customerRequestDate: date,
    customerType: values.customerType,
    billingTelephoneNumber: values.billingTelephoneNumber,
    ...(residence ? { firstName: values.firstName, lastName: values.lastName, middleInitial: values.middleInitial } : { businessName: values.businessName }),
    serviceAddress: Object.fromEntries(ADDRESS_KEYS.map((key) => [key, values[key]])),
  });
}

const FIELD_OF_PATH: Record<string, keyof Values> = {
  customerRequestDate: "date",
  customerType: "customerType",
  billingTelephoneNumber: "billingTelephoneNumber",
  firstName: "firstName",
  lastName: "lastName",
  middleInitial: "middleInitial",
  businessName: "businessName",
};

/** Supplement an in-flight port: a form, then a field-by-field preview of what changes; only changed fields are sent. */
export function SupplementPortForm({ org, orderId, voiceOrderId, current, portNumbers, onClose }: SupplementPortFormProps) {
  const [values, setValues] = useState(() => valuesOf(current));
  const [errors, setErrors] = useState<Partial<Record<keyof Values, string>>>({});
  const [nothingChanged, setNothingChanged] = useState(false);
  const [preview, setPreview] = useState<{ changes: FieldChange[]; request: ParsedSupplementRequest } | null>(null);
  // Generated when the form opens: sending twice from this form places one supplement.
  const [idempotencyKey] = useState(() => `supplement-${crypto.randomUUID()}`);
  const { send, sending, error } = useActingOrder(org);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const ids = useId();

  const set = (key: keyof Values) => (event: { target: { value: string } }) => {
    setValues((before) => ({ ...before, [key]: event.target.value }));
    setPreview(null);
    setNothingChanged(false);
  };

  function review(event: FormEvent) {
    event.preventDefault();
    const request = supplementChanges(current, wantedFacts(values, current));
    const parsed = makeSupplementRequestSchema({ now: new Date() }).safeParse(request);
    if (!parsed.success) {
      const found: Partial<Record<keyof Values, string>> = {};
      let empty = false;
      for (const issue of toLumenIssues(parsed.error)) {
        const [first, second] = issue.path;
        if (issue.lumenCode === 20048 && issue.path.length === 0) empty = true;
        const field = first === "serviceAddress" ? (second as keyof Values | undefined) : FIELD_OF_PATH[String(first)];
        if (field && !found[field]) found[field] = codedMessage(issue.lumenCode, issue.message);
      }
      setErrors(found);
      setNothingChanged(empty);
      setPreview(null);
      return;
    }
    setErrors({});
    setNothingChanged(false);
    setPreview({ changes: diffFacts(current, request), request: parsed.data });
    requestAnimationFrame(() => previewHeading.current?.focus());
  }

  async function confirm() {
    if (!preview) return;
    if (!(await send({ type: "supplement", idempotencyKey, orderId, request: preview.request }))) return;
    toast.success(`Lumen accepted the supplement of ${voiceOrderId}.`);
    onClose();
  }

  const residence = values.customerType === "R";
  return (
    <form onSubmit={review} noValidate aria-labelledby={`${ids}-title`} className="flex flex-col gap-4 rounded-md border bg-card p-4">
      <div className="flex flex-col gap-1">
        <h3 id={`${ids}-title`} tabIndex={-1} className="text-base font-semibold outline-none" data-supplement-heading>
          Supplement port {voiceOrderId}
        </h3>
        <p className="text-sm text-muted-foreground">
          Change what Lumen has for this port. The fields show what Lumen has now; only what you change is sent.
        </p>
      </div>

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold">Date and billing</legend>
        <Field label="Requested port date" error={errors.date} description="Not before today (20214). Lumen moves the FOC date to it, no sooner than the losing carrier allows.">
          {(control) => <Input type="date" value={values.date} onChange={set("date")} {...control} />}
        </Field>
        <Field label="Billing telephone number" error={errors.billingTelephoneNumber} description="One of the port's own numbers.">
          {(control) => (
            <NativeSelect value={values.billingTelephoneNumber} onChange={set("billingTelephoneNumber")} {...control}>
              {!values.billingTelephoneNumber && <option value="">Not given</option>}
              {portNumbers.map((tn) => (
                <option key={tn} value={tn}>
                  {formatTn(tn)}
                </option>
              ))}
            </NativeSelect>
          )}
        </Field>
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold">Subscriber</legend>
        <Field label="Customer type" error={errors.customerType}>
          {(control) => (
            <NativeSelect value={values.customerType} onChange={set("customerType")} {...control}>
              <option value="R">Residential</option>
              <option value="B">Business</option>
            </NativeSelect>
          )}
        </Field>
        {residence ? (
          <>
            <Field label="First name" error={errors.firstName}>
              {(control) => <Input value={values.firstName} onChange={set("firstName")} autoComplete="off" {...control} />}
            </Field>
            <Field label="Last name" error={errors.lastName}>
              {(control) => <Input value={values.lastName} onChange={set("lastName")} autoComplete="off" {...control} />}
            </Field>
            <Field label="Middle initial" error={errors.middleInitial}>
              {(control) => <Input value={values.middleInitial} onChange={set("middleInitial")} maxLength={1} autoComplete="off" {...control} />}
            </Field>
          </>
        ) : (
          <Field label="Business name" error={errors.businessName}>
            {(control) => <Input value={values.businessName} onChange={set("businessName")} autoComplete="off" {...control} />}
          </Field>
        )}
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 text-sm font-semibold">Service address</legend>
        {ADDRESS_KEYS.map((key) => (
          <Field key={key} label={ADDRESS_LABELS[key]} error={errors[key]}>
            {(control) => <Input value={values[key]} onChange={set(key)} autoComplete="off" {...control} />}
          </Field>
        ))}
      </fieldset>

      {nothingChanged && (
        <CodedAlert tone="attention" role="alert" title={lumenMessage(20048)} code="Lumen 20048">
          <p>Nothing differs from what Lumen already has, so there is nothing to send. Change at least one field.</p>
        </CodedAlert>
      )}

      {preview && (
        <section aria-labelledby={`${ids}-preview`} className="flex flex-col gap-3 rounded-md border border-primary/40 p-3">
          <h4 id={`${ids}-preview`} ref={previewHeading} tabIndex={-1} className="text-sm font-semibold outline-none">
            What changes
          </h4>
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Each field the supplement changes, as Lumen has it now and as it will be</caption>
            <thead>
              <tr className="text-muted-foreground">
                <th scope="col" className="py-1 pr-3 font-medium">Field</th>
                <th scope="col" className="py-1 pr-3 font-medium">Lumen has now</th>
                <th scope="col" className="py-1 font-medium">Changes to</th>
              </tr>
            </thead>
            <tbody>
              {preview.changes.map((change) => (
                <tr key={change.field} className="border-t">
                  <th scope="row" className="py-1 pr-3 font-medium">{change.label}</th>
                  <td className="py-1 pr-3 text-muted-foreground">{change.before ?? "not given"}</td>
                  <td className="py-1">{change.after ?? "not given"}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {error && <OrderActionRefusal error={error} action="supplement" />}
          <div className="flex flex-wrap gap-2">
            <Button type="button" onClick={confirm} busy={sending}>
              {sending ? "Sending…" : "Send the supplement"}
            </Button>
          </div>
        </section>
      )}

      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant={preview ? "outline" : "primary"} disabled={sending}>
          Review changes
        </Button>
        <Button type="button" variant="ghost" onClick={onClose} disabled={sending}>
          Close without sending
        </Button>
      </div>
    </form>
  );
}
