import { useFormContext, useWatch } from "react-hook-form";
import { CNAM_NAME_MAX_LENGTH } from "@/lib/lumen/schemas/fields/cnam";
import { ENHANCED_LOCAL_SERVICE } from "@/lib/lumen/schemas/fields/product-id";
import { ChoiceCards } from "./choice-cards";
import { InstallTextField } from "./install-text-field";
import type { InstallWizardValues } from "./install-wizard-schema";
import { E911_WORDS, LISTING_TYPE_WORDS } from "@/lib/orders/request-in-words";

const E911_OPTIONS = [
  { value: "STATIC911", name: E911_WORDS.STATIC911, description: "911 calls route by the service address above." },
  {
    value: "CP911",
    name: E911_WORDS.CP911,
    description: "You run E911 yourself. Required where the service address is outside the numbers' rate center (geo-independent), which also takes no directory listing.",
  },
] as const;

const LISTING_TYPES = [
  { value: "1", name: LISTING_TYPE_WORDS["1"], description: "In the directory and in printed listings." },
  { value: "2", name: LISTING_TYPE_WORDS["2"], description: "Given out by directory assistance, not printed." },
] as const;

interface CheckboxProps {
  name: "cnam" | "cnamBlocked" | "listing";
  label: string;
  description: string;
  onChange?: () => void;
}

function Checkbox({ name, label, description, onChange }: CheckboxProps) {
  const { register } = useFormContext<InstallWizardValues>();
  return (
    <label className="flex items-start gap-2 text-sm">
      <input type="checkbox" className="mt-0.5 size-4 shrink-0 accent-primary" {...register(name, { onChange })} />
      <span className="flex flex-col gap-0.5">
        <span className="font-medium">{label}</span>
        <span className="text-muted-foreground">{description}</span>
      </span>
    </label>
  );
}

/** Step 4: caller name for both products; for ELS the E911 option and a directory listing. */
export function FeaturesStep() {
  const { control, getValues, setValue } = useFormContext<InstallWizardValues>();
  const [productID, customerType, cnam, listing] = useWatch({ control, name: ["productID", "customerType", "cnam", "listing"] });
  const els = productID === ENHANCED_LOCAL_SERVICE;

  // A listing starts from the subscriber's own names; the user may change them.
  function prefillListing() {
    const values = getValues();
    if (!values.listing || values.listingBusinessName || values.listingFirstName || values.listingLastName) return;
    setValue("listingBusinessName", values.businessName);
    setValue("listingFirstName", values.firstName);
    setValue("listingLastName", values.lastName);
  }

  return (
    <div className="flex flex-col gap-6">
      <section aria-labelledby="install-cnam" className="flex flex-col gap-3">
        <h3 id="install-cnam" className="text-sm font-semibold">
          Caller name (CNAM)
        </h3>
        <Checkbox name="cnam" label="Provision a caller name" description="The name shown to the people these numbers call." />
        {cnam && (
          <div className="flex flex-col gap-3 pl-6">
            <InstallTextField
              name="cnamName"
              label="Caller name"
              className="max-w-sm"
              description={`At most ${CNAM_NAME_MAX_LENGTH} characters, basic Latin letters, digits and punctuation.`}
            />
            <Checkbox name="cnamBlocked" label="Block the name" description="Keep the name from being shown." />
          </div>
        )}
      </section>
      {els && (
        <>
          <ChoiceCards field="e911Option" legend="E911 option" choices={E911_OPTIONS} />
          <section aria-labelledby="install-listing" className="flex flex-col gap-3">
            <h3 id="install-listing" className="text-sm font-semibold">
              Directory listing
            </h3>
            <Checkbox name="listing" label="Add a directory listing" description="List the subscriber in the telephone directory." onChange={prefillListing} />
            {listing && (
              <div className="flex flex-col gap-4 pl-6">
                <ChoiceCards field="listingType" legend="Listing type" choices={LISTING_TYPES} />
                {customerType === "B" ? (
                  <InstallTextField name="listingBusinessName" label="Listed business name" className="max-w-md" />
                ) : (
                  <div className="grid gap-x-5 gap-y-4 sm:grid-cols-2">
                    <InstallTextField name="listingFirstName" label="Listed first name" />
                    <InstallTextField name="listingLastName" label="Listed last name" />
                  </div>
                )}
              </div>
            )}
          </section>
        </>
      )}
    </div>
  );
}
