"use client";

import { Plus, X } from "lucide-react";
import { useRouter } from "next/navigation";
import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { toast } from "sonner";
import { PRODUCT_LABELS } from "@/components/orders/order-labels";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { SubmitButton } from "@/components/ui/submit-button";
import { PRODUCT_IDS } from "@/lib/lumen/schemas/fields/product-id";
import { MAX_CUSTOMER_SERVICE_NAMES, OrderDefaultsSchema, type OrderDefaults } from "@/lib/organizations/settings-schema";
import { readApiError } from "./api-error";
import { SubmittingFieldset } from "@/components/ui/submitting-fieldset";

interface OrderDefaultsFormProps {
  org: string;
  settings: { customerServiceNames: string[]; defaultProductId: string | null };
}

// The customer service names Lumen has on the customer number's order mapping list, and the
// product the order forms start with. A plain list editor: type a name, add it, remove any.
export function OrderDefaultsForm({ org, settings }: OrderDefaultsFormProps) {
  const router = useRouter();
  const listId = useId();
  const newNameRef = useRef<HTMLInputElement>(null);
  // The chip goes with its button: the focus moves to the next chip's Remove, or to the name field.
  const chipList = useRef<HTMLUListElement>(null);
  function removeName(name: string) {
    const index = names.indexOf(name);
    setNames(names.filter((kept) => kept !== name));
    requestAnimationFrame(() => {
      const buttons = chipList.current?.querySelectorAll<HTMLElement>("button") ?? [];
      (buttons[Math.min(index, buttons.length - 1)] ?? newNameRef.current)?.focus();
    });
  }
  const [names, setNames] = useState<string[]>(settings.customerServiceNames);
  const [newName, setNewName] = useState("");
  const [product, setProduct] = useState<string>(settings.defaultProductId ?? "");
  const [errors, setErrors] = useState<{ customerServiceNames?: string; defaultProductId?: string; newName?: string }>({});
  const [saving, setSaving] = useState(false);

  function addName() {
    const name = newName.trim();
    if (!name) return setErrors({ newName: "Type the customer service name first." });
    if (names.includes(name)) return setErrors({ newName: `${name} is on the list already.` });
    const checked = OrderDefaultsSchema.shape.customerServiceNames.safeParse([...names, name]);
    if (!checked.success) return setErrors({ newName: checked.error.issues[0]?.message });
    setNames([...names, name]);
    setNewName("");
    setErrors({});
    newNameRef.current?.focus();
  }

  function onNewNameKey(event: KeyboardEvent<HTMLInputElement>) {
    // Enter adds the name rather than saving the whole form half-edited.
    if (event.key === "Enter") {
      event.preventDefault();
      addName();
    }
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    const parsed = OrderDefaultsSchema.safeParse({ customerServiceNames: names, defaultProductId: product || null });
    if (!parsed.success) {
      const byField = Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
      return setErrors(byField);
    }
    setSaving(true);
    try {
      const response = await fetch(`/api/orgs/${encodeURIComponent(org)}/settings/order-defaults`, {
        method: "PUT",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify(parsed.data),
      });
      if (!response.ok) {
        const error = await readApiError(response);
        const fieldErrors = {
          customerServiceNames: error.fieldErrors?.customerServiceNames?.[0],
          defaultProductId: error.fieldErrors?.defaultProductId?.[0],
        };
        if (fieldErrors.customerServiceNames || fieldErrors.defaultProductId) setErrors(fieldErrors);
        else toast.error(error.message, { description: error.code });
        return;
      }
      const saved = ((await response.json()) as { orderDefaults: OrderDefaults }).orderDefaults;
      setNames(saved.customerServiceNames);
      setProduct(saved.defaultProductId ?? "");
      setErrors({});
      toast.success("Customer service names and default product saved.");
      router.refresh();
    } catch {
      toast.error("Could not reach the portal. Check your connection and try again.");
    } finally {
      setSaving(false);
    }
  }

  return (
    <Card aria-labelledby="order-defaults-title">
      <CardHeader>
        <CardTitle id="order-defaults-title">Order defaults</CardTitle>
        <CardDescription>
          The customer service names on your order mapping list with Lumen (each picks a route plan and trunk group), offered in
          the order forms and given to sub-accounts; and the product the forms start with.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <form onSubmit={save} noValidate aria-label="Order defaults" className="flex flex-col gap-5">
          <SubmittingFieldset disabled={saving} className="flex flex-col gap-5">
            <div className="flex flex-col gap-2">
              <h3 id={`${listId}-heading`} className="text-sm font-medium">
                Customer service names ({names.length} of at most {MAX_CUSTOMER_SERVICE_NAMES})
              </h3>
              {names.length === 0 ? (
                <p className="text-sm text-muted-foreground">None yet. Add the names Lumen gave you for this customer number.</p>
              ) : (
                <ul ref={chipList} aria-labelledby={`${listId}-heading`} className="flex flex-wrap gap-2">
                  {names.map((name) => (
                    <li key={name} className="flex items-center gap-1 rounded-md border bg-muted py-0.5 pr-0.5 pl-2 font-mono text-xs">
                      {name}
                      <Button
                        type="button"
                        variant="ghost"
                        size="sm"
                        className="h-6 px-1.5"
                        aria-label={`Remove ${name}`}
                        onClick={() => removeName(name)}
                      >
                        <X aria-hidden />
                      </Button>
                    </li>
                  ))}
                </ul>
              )}
              {errors.customerServiceNames && <p className="text-sm text-destructive">{errors.customerServiceNames}</p>}
              <div className="flex flex-col gap-2 sm:flex-row sm:items-start">
                <Field className="flex-1" label="Add a customer service name" description="Exactly as Lumen spells it; Enter adds it." error={errors.newName}>
                  {(control) => (
                    <Input
                      {...control}
                      ref={newNameRef}
                      value={newName}
                      autoComplete="off"
                      spellCheck={false}
                      className="font-mono"
                      onChange={(event) => setNewName(event.target.value)}
                      onKeyDown={onNewNameKey}
                    />
                  )}
                </Field>
                <Button type="button" variant="outline" className="sm:mt-6" onClick={addName}>
                  <Plus aria-hidden />
                  Add
                </Button>
              </div>
            </div>
            <Field label="Default product" description="The product the order forms pick first; users can still choose the other." error={errors.defaultProductId} className="max-w-sm">
              {(control) => (
                <NativeSelect {...control} value={product} onChange={(event) => setProduct(event.target.value)}>
                  <option value="">None: the forms ask every time</option>
                  {PRODUCT_IDS.map((id) => (
                    <option key={id} value={id}>
                      {PRODUCT_LABELS[id]?.long ?? id}
                    </option>
                  ))}
                </NativeSelect>
              )}
            </Field>
          </SubmittingFieldset>
          <div className="flex justify-end">
            <SubmitButton pending={saving} className="w-auto">
              Save order defaults
            </SubmitButton>
          </div>
        </form>
      </CardContent>
    </Card>
  );
}
