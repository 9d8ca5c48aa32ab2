"use client";

import { PRODUCT_LABELS } from "@/components/orders/order-labels";
import { Field } from "@/components/ui/field";
import { FilterSearchField } from "@/components/ui/filter-search-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { UrlFilterForm } from "@/components/ui/url-filter-form";
import { ACTIVE_FILTER_KEYS, ACTIVE_PRODUCTS, type ActiveFilterKey } from "@/lib/numbers/active-numbers-query";
import type { ActiveFilterValues } from "./read-active-filters";
import { NO_SUB_ACCOUNT, OWN_LABEL } from "@/lib/sub-accounts/own-label";

interface ActiveFilterBarProps {
  values: ActiveFilterValues;
  fieldErrors: Partial<Record<ActiveFilterKey, string>>;
  /** Staff only: the reseller sub-accounts to narrow to; null hides the filter. */
  subAccounts: Array<{ id: string; name: string }> | null;
  /** A reseller's own customer service names, offered as a list; null: typed freely (staff). */
  customerServiceNames: string[] | null;
  /** The read of Lumen's report on screen: new filters keep using it (see readActiveReportSnapshot). */
  reportId?: string;
}

export function ActiveFilterBar({ values, fieldErrors, subAccounts, customerServiceNames, reportId }: ActiveFilterBarProps) {
  const active = ACTIVE_FILTER_KEYS.some((key) => values[key]);
  return (
    <UrlFilterForm label="Filter active numbers" values={values} active={active}>
      {(actions) => (
        <>
          <FilterSearchField value={values.q} error={fieldErrors.q} placeholder="Number or subscriber" />
          <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
            <Field label="Product" error={fieldErrors.product}>
              {(control) => (
                <NativeSelect {...control} name="product" defaultValue={values.product ?? ""}>
                  <option value="">All products</option>
                  {ACTIVE_PRODUCTS.map((product) => (
                    <option key={product} value={product}>
                      {PRODUCT_LABELS[product]?.long ?? product}
                    </option>
                  ))}
                </NativeSelect>
              )}
            </Field>
            <Field label="Customer service name" error={fieldErrors.customerServiceName}>
              {(control) =>
                customerServiceNames ? (
                  <NativeSelect {...control} name="customerServiceName" defaultValue={values.customerServiceName ?? ""}>
                    <option value="">All names</option>
                    {customerServiceNames.map((name) => (
                      <option key={name} value={name}>
                        {name}
                      </option>
                    ))}
                  </NativeSelect>
                ) : (
                  <Input
                    {...control}
                    name="customerServiceName"
                    defaultValue={values.customerServiceName ?? ""}
                    placeholder="e.g. ACME-MAIN"
                    spellCheck={false}
                    autoComplete="off"
                  />
                )
              }
            </Field>
            {subAccounts && (
              <Field label="Sub-account" error={fieldErrors.subAccount}>
                {(control) => (
                  <NativeSelect {...control} name="subAccount" defaultValue={values.subAccount ?? ""}>
                    <option value="">Any or none</option>
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
          </div>
          {/* After the filters they apply, in reading and in tab order. */}
          <div className="flex flex-wrap items-center gap-2">{actions}</div>
          {values.pageSize && <input type="hidden" name="pageSize" value={values.pageSize} />}
          {reportId && <input type="hidden" name="report" value={reportId} />}
        </>
      )}
    </UrlFilterForm>
  );
}
