"use client";

import { NO_SUB_ACCOUNT, OWN_LABEL } from "@/lib/sub-accounts/own-label";
import { Field } from "@/components/ui/field";
import { FilterSearchField } from "@/components/ui/filter-search-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { OrderStatus, OrderType } from "@/lib/db/generated/enums";
import { ORDER_STATUS_INFO, ORDER_TYPE_LABELS, PRODUCT_LABELS } from "./order-labels";
import { UrlFilterForm } from "@/components/ui/url-filter-form";
import { ORDER_FILTER_KEYS } from "./read-order-filters";

/** The filters as they stand in the URL (strings, unvalidated: the server parses them). */
export interface OrderFilterValues {
  type?: string;
  status?: string;
  product?: string;
  from?: string;
  to?: string;
  subAccount?: string;
  submittedBy?: string;
  q?: string;
  pageSize?: string;
}

interface OrdersFilterBarProps {
  values: OrderFilterValues;
  /** Staff only: the reseller sub-accounts to narrow to; null hides the filter. */
  subAccounts: Array<{ id: string; name: string }> | null;
  /** Per-filter messages when the URL holds a value the server refused. */
  fieldErrors: Partial<Record<keyof OrderFilterValues, string>>;
}

export function OrdersFilterBar({ values, subAccounts, fieldErrors }: OrdersFilterBarProps) {
  const active = ORDER_FILTER_KEYS.some((key) => values[key]);

  return (
    <UrlFilterForm label="Filter orders" values={values} active={active}>
      {(actions) => (
        <>
          <FilterSearchField value={values.q} error={fieldErrors.q} placeholder="TN, voice order ID, external or portal order ID" />
          <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 xl:grid-cols-4">
            <Field label="Type" error={fieldErrors.type}>
              {(control) => (
                <NativeSelect {...control} name="type" defaultValue={values.type ?? ""}>
                  <option value="">All types</option>
                  {Object.values(OrderType).map((type) => (
                    <option key={type} value={type}>
                      {ORDER_TYPE_LABELS[type]}
                    </option>
                  ))}
                </NativeSelect>
              )}
            </Field>
            <Field label="Status" error={fieldErrors.status}>
              {(control) => (
                <NativeSelect {...control} name="status" defaultValue={values.status ?? ""}>
                  <option value="">All statuses</option>
                  {Object.values(OrderStatus).map((status) => (
                    <option key={status} value={status}>
                      {ORDER_STATUS_INFO[status].label}
                    </option>
                  ))}
                </NativeSelect>
              )}
            </Field>
            <Field label="Product" error={fieldErrors.product}>
              {(control) => (
                <NativeSelect {...control} name="product" defaultValue={values.product ?? ""}>
                  <option value="">All products</option>
                  {Object.entries(PRODUCT_LABELS).map(([id, label]) => (
                    <option key={id} value={id}>
                      {label.short} {id}
                    </option>
                  ))}
                </NativeSelect>
              )}
            </Field>
            <Field label="Placed by" error={fieldErrors.submittedBy}>
              {(control) => (
                <NativeSelect {...control} name="submittedBy" defaultValue={values.submittedBy ?? ""}>
                  <option value="">Anyone</option>
                  <option value="me">Me</option>
                </NativeSelect>
              )}
            </Field>
            <Field label="From" error={fieldErrors.from}>
              {(control) => <Input {...control} name="from" type="date" defaultValue={values.from ?? ""} />}
            </Field>
            <Field label="To" error={fieldErrors.to}>
              {(control) => <Input {...control} name="to" type="date" defaultValue={values.to ?? ""} />}
            </Field>
            {subAccounts && (
              <Field label="Sub-account" error={fieldErrors.subAccount} className="col-span-2 sm:col-span-1">
                {(control) => (
                  <NativeSelect {...control} name="subAccount" defaultValue={values.subAccount ?? ""}>
                    <option value="">All sub-accounts</option>
                    <option value={NO_SUB_ACCOUNT}>{OWN_LABEL}</option>
                    {subAccounts.map((subAccount) => (
                      <option key={subAccount.id} value={subAccount.id}>
                        {subAccount.name}
                      </option>
                    ))}
                  </NativeSelect>
                )}
              </Field>
            )}
            {/* After the filters they apply, in reading and in tab order: the grid's last cell. */}
            <div className="col-span-2 flex items-end gap-2 sm:col-span-1">{actions}</div>
          </div>
          <p className="text-xs text-muted-foreground">From and To are days in UTC of when the order was placed.</p>
          {values.pageSize && <input type="hidden" name="pageSize" value={values.pageSize} />}
        </>
      )}
    </UrlFilterForm>
  );
}
