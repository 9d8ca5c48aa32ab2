import type { ReactNode } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { ChoiceCards } from "@/components/install/choice-cards";
import { InstallTextField } from "@/components/install/install-text-field";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { CNAM_NAME_MAX_LENGTH } from "@/lib/lumen/schemas/fields/cnam";
import { ENHANCED_LOCAL_SERVICE } from "@/lib/lumen/schemas/fields/product-id";
import { US_STATE_CODES } from "@/lib/lumen/schemas/fields/us-states";
import { ChangeCheckbox } from "./change-checkbox";
import type { ChangeField, ChangeWizardValues } from "./change-wizard-schema";
import { E911_WORDS, LISTING_TYPE_WORDS } from "@/lib/orders/request-in-words";

const CUSTOMER_TYPES = [
  { value: "B", name: "Business", description: "A business name; no person's name." },
  { value: "R", name: "Residential", description: "A person: first and last name; no business name." },
] as const;

const E911_OPTIONS = [
  { value: "STATIC911", name: E911_WORDS.STATIC911, description: "911 calls route by the service address." },
  { value: "CP911", name: E911_WORDS.CP911, description: "You run E911 yourself (required where the address is outside the numbers' rate center)." },
] as const;

const LISTING_TYPES = [
  { value: "", name: "Keep the type", description: "Change only the listed name." },
  { value: "1", name: LISTING_TYPE_WORDS["1"], description: "In the directory and in printed listings." },
  { value: "2", name: LISTING_TYPE_WORDS["2"], description: "Given out by directory assistance, not printed." },
] as const;

// Names of the other customer type are cleared on a switch, so a business name never goes
// with a residential line (20044) nor a person's name with a business line (20045).
const NAMES_OF: Record<"B" | "R", (keyof ChangeWizardValues)[]> = {
  B: ["firstName", "middleInitial", "lastName"],
  R: ["businessName"],
};

export interface ServiceNameChoice {
  names: string[];
  /** A reseller's user may only pick one of its own names. */
  required: boolean;
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3 rounded-lg border bg-card p-4">
      <h3 id={id} className="text-sm font-semibold">
        {title}
      </h3>
      {children}
    </section>
  );
}

function Opened({ children }: { children: ReactNode }) {
  return <div className="flex flex-col gap-4 pl-6">{children}</div>;
}

/** Step 2: each kind of change is opt-in; only the opened ones are sent. */
export function ChangeWhatStep({ serviceNames }: { serviceNames: ServiceNameChoice }) {
  const { control, register, formState, getValues, setValue } = useFormContext<ChangeWizardValues>();
  const values = useWatch({ control });
  const errors = formState.errors as Partial<Record<ChangeField, { message?: string }>>;
  const els = values.productID === ENHANCED_LOCAL_SERVICE;
  const listedAs = values.changeSubscriber ? values.customerType : "";

  function clearOtherNames() {
    const type = getValues("customerType");
    if (type === "") return;
    for (const field of NAMES_OF[type]) setValue(field, "");
  }

  return (
    <div className="flex flex-col gap-4">
      {errors.changes?.message && (
        <p role="alert" className="text-sm text-destructive">
          {errors.changes.message}
        </p>
      )}
      <Section id="change-subscriber" title="Subscriber name and customer type">
        <ChangeCheckbox
          name="changeSubscriber"
          label="Change the subscriber"
          description="Lumen needs the customer type with a new name: a business name for B, a first and last name for R."
        />
        {values.changeSubscriber && (
          <Opened>
            <ChoiceCards field="customerType" legend="Customer type" choices={CUSTOMER_TYPES} onChange={clearOtherNames} />
            {values.customerType === "B" && <InstallTextField name="businessName" label="Business name" className="max-w-md" />}
            {values.customerType === "R" && (
              <div className="grid gap-x-5 gap-y-4 sm:grid-cols-[1fr_8rem_1fr]">
                <InstallTextField name="firstName" label="First name" />
                <InstallTextField name="middleInitial" label="Middle initial (optional)" maxLength={1} />
                <InstallTextField name="lastName" label="Last name" />
              </div>
            )}
          </Opened>
        )}
      </Section>

      <Section id="change-address" title="Service address">
        <ChangeCheckbox name="changeAddress" label="Change the service address" description="Where the service is; for ELS with static 911, where 911 calls are routed." />
        {values.changeAddress && (
          <Opened>
            <div className="grid gap-x-5 gap-y-4 sm:grid-cols-[8rem_1fr_8rem]">
              <InstallTextField name="streetNumber" label="Street number" />
              <InstallTextField name="streetName" label="Street name" />
              <InstallTextField name="streetSuffix" label="Suffix (optional)" description="St, Ave, Blvd …" />
            </div>
            <div className="grid gap-x-5 gap-y-4 sm:grid-cols-[1fr_1fr_8rem_8rem]">
              <InstallTextField name="secondaryLocation" label="Suite, unit, floor (optional)" description="At most 20 characters." />
              <InstallTextField name="city" label="City" />
              <Field label="State" error={errors.state?.message}>
                {(controlProps) => (
                  <NativeSelect {...controlProps} {...register("state")}>
                    <option value="">Choose</option>
                    {US_STATE_CODES.map((code) => (
                      <option key={code} value={code}>
                        {code}
                      </option>
                    ))}
                  </NativeSelect>
                )}
              </Field>
              <InstallTextField name="zip" label="ZIP code" inputMode="numeric" maxLength={5} />
            </div>
          </Opened>
        )}
      </Section>

      <Section id="change-cnam" title="Caller name (CNAM)">
        <ChangeCheckbox name="changeCnam" label="Change the CNAM" description="The name shown to the people these numbers call." />
        {values.changeCnam && (
          <Opened>
            <InstallTextField
              name="cnamName"
              label="Caller name"
              className="max-w-sm"
              description={`At most ${CNAM_NAME_MAX_LENGTH} characters, basic Latin letters, digits and punctuation.`}
            />
            <ChangeCheckbox name="cnamBlocked" label="Block the name" description="Keep the name from being shown." />
          </Opened>
        )}
      </Section>

      {els && (
        <>
          <Section id="change-e911" title="E911 option">
            <ChangeCheckbox name="changeE911" label="Change the E911 option" description="Enhanced Local Service only." />
            {values.changeE911 && (
              <Opened>
                <ChoiceCards field="e911Option" legend="E911 option" choices={E911_OPTIONS} />
              </Opened>
            )}
          </Section>
          <Section id="change-listing" title="Directory listing">
            <ChangeCheckbox name="changeListing" label="Change the directory listing" description="The name the numbers are listed under, and how." />
            {values.changeListing && (
              <Opened>
                <ChoiceCards field="listingType" legend="Listing type" choices={LISTING_TYPES} />
                {listedAs !== "R" && (
                  <InstallTextField
                    name="listingBusinessName"
                    label={listedAs === "B" ? "Listed business name" : "Listed business name (for a business)"}
                    className="max-w-md"
                  />
                )}
                {listedAs !== "B" && (
                  <div className="grid gap-x-5 gap-y-4 sm:grid-cols-2">
                    <InstallTextField name="listingFirstName" label={listedAs === "R" ? "Listed first name" : "Listed first name (for a person)"} />
                    <InstallTextField name="listingLastName" label={listedAs === "R" ? "Listed last name" : "Listed last name (for a person)"} />
                  </div>
                )}
              </Opened>
            )}
          </Section>
        </>
      )}

      <Section id="change-route" title="Customer service name">
        <ChangeCheckbox
          name="changeServiceName"
          label="Change the customer service name"
          description="The route plan and trunk group the numbers use. Lumen checks the name within minutes and refuses one that is not yours (20063)."
        />
        {values.changeServiceName && (
          <Opened>
            {serviceNames.required ? (
              <Field label="New customer service name" error={errors.customerServiceName?.message} className="max-w-md" description="Your account may use only these.">
                {(controlProps) => (
                  <NativeSelect {...controlProps} {...register("customerServiceName")}>
                    <option value="">Choose a customer service name</option>
                    {serviceNames.names.map((name) => (
                      <option key={name} value={name}>
                        {name}
                      </option>
                    ))}
                  </NativeSelect>
                )}
              </Field>
            ) : (
              <Field label="New customer service name" error={errors.customerServiceName?.message} className="max-w-md" description="As on Lumen's order mapping list.">
                {(controlProps) => (
                  <>
                    <Input {...controlProps} autoComplete="off" list="change-service-names" {...register("customerServiceName")} />
                    <datalist id="change-service-names">
                      {serviceNames.names.map((name) => (
                        <option key={name} value={name} />
                      ))}
                    </datalist>
                  </>
                )}
              </Field>
            )}
          </Opened>
        )}
      </Section>
    </div>
  );
}
