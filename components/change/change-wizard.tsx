"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { PencilLine } from "lucide-react";
import { useMemo } from "react";
import { useForm } from "react-hook-form";
import { reviewHold, useNumbersSummary } from "@/components/wizard/numbers-summary-panel";
import { OrderResults } from "@/components/wizard/order-results";
import { submitOnEnterInChoices } from "@/components/wizard/submit-on-enter-in-choices";
import { useOrderBatch, type BatchOrder } from "@/components/wizard/use-order-batch";
import { SUBMIT_INVALID, useWizardSteps } from "@/components/wizard/use-wizard-steps";
import { WizardFinish, WizardFrame } from "@/components/wizard/wizard-frame";
import { ChangeNumbersStep } from "./change-numbers-step";
import { ChangeReviewStep } from "./change-review-step";
import { ChangeWhatStep, type ServiceNameChoice } from "./change-what-step";
import { initialChangeValues, makeChangeWizardSchema, planChange, STEP_FIELDS, type ChangeField, type ChangeWizardValues } from "./change-wizard-schema";
import type { ProductId } from "@/lib/lumen/schemas/fields/product-id";

const STEPS = [
  { title: "Numbers and product", hint: "Which active numbers to change, and the product they are on." },
  { title: "What to change", hint: "Open each kind of change you want; the rest stays as Lumen has it." },
  { title: "Review", hint: "Every number and every field that will change." },
] as const;

interface ChangeWizardProps {
  org: string;
  /** Numbers handed over from the active numbers page (`?tns=`). */
  initialTns: string[];
  /** The numbers' product when the page knows it, else the organization's default (Settings): the form starts with it chosen. */
  defaultProductId?: ProductId | null;
  serviceNames: ServiceNameChoice;
}

/**
 * The change wizard: one form across three steps, so going back loses nothing. The key made
 * when the wizard opens names the batch, so a double click never places the change twice.
 */
export function ChangeWizard({ org, initialTns, serviceNames, defaultProductId = null }: ChangeWizardProps) {
  const wizard = useWizardSteps();
  const { step, batchKey } = wizard;
  const schema = useMemo(
    () => makeChangeWizardSchema({ serviceNames: serviceNames.required ? serviceNames.names : null }),
    [serviceNames.required, serviceNames.names],
  );
  const form = useForm<ChangeWizardValues>({
    resolver: zodResolver(schema),
    defaultValues: initialChangeValues(initialTns, defaultProductId),
    mode: "onChange",
  });
  const { trigger, getValues } = form;
  const submission = useOrderBatch(org);
  const started = submission.results !== null;
  const last = step === STEPS.length - 1;
  const plan = last ? planChange(getValues()) : null;
  // The review's look-up, which its panel shows: the send waits for it, and numbers Lumen would refuse stop it.
  const summary = useNumbersSummary(org, plan?.numbers ?? [], last);

  async function next() {
    const fields = STEP_FIELDS[step];
    const valid = !!fields && (await trigger([...fields] as (keyof ChangeWizardValues)[], { shouldFocus: true }));
    // "Nothing to change" (20057) belongs to no field, so no field is marked or focused: the
    // reason is said beside Next, where the person is, not only at the top of the step.
    const errors = form.formState.errors as Partial<Record<ChangeField, { message?: string }>>;
    const nothingToChange = errors.changes?.message;
    if (!valid && nothingToChange && Object.keys(errors).length === 1) wizard.setStepError(nothingToChange);
    else wizard.advance(valid);
  }

  async function change() {
    if (submission.pending || started) return;
    if (!(await trigger())) return wizard.setStepError(SUBMIT_INVALID);
    const hold = reviewHold(summary);
    if (hold) return wizard.setStepError(hold);
    await submission.send(batchKey, changeOrders(getValues()));
  }

  function changeMore() {
    form.reset(initialChangeValues([], defaultProductId));
    submission.reset();
    wizard.startOver();
  }

  return (
    <WizardFrame
      draft={{ key: `${org}/change` }}
      form={form}
      label="Change steps"
      steps={STEPS}
      wizard={wizard}
      started={started}
      onSubmit={() => void (last ? change() : next())}
      onKeyDown={submitOnEnterInChoices}
      lastStep={last}
      action={
        <WizardFinish
          submission={submission}
          wizard={wizard}
          started={started}
          icon={PencilLine}
          orders={{ href: `/${org}/orders?type=change`, label: "Change orders" }}
          moreLabel="Change more"
          onMore={changeMore}
        >
          Send the change
        </WizardFinish>
      }
    >
      {step === 0 && <ChangeNumbersStep />}
      {step === 1 && <ChangeWhatStep serviceNames={serviceNames} />}
      {plan && <ChangeReviewStep org={org} plan={plan} />}
      {plan && submission.results && (
        <OrderResults
          org={org}
          label="Change results"
          names={plan.requests.map((request) => `Change of ${request.tnList.length} ${request.tnList.length === 1 ? "number" : "numbers"}`)}
          sendingMessage="Sending the change orders…"
          results={submission.results}
          pending={submission.pending}
          onRetry={(indexes) => void submission.send(batchKey, changeOrders(getValues()), indexes)}
          onPlacedAgain={submission.placedAgain}
        />
      )}
    </WizardFrame>
  );
}

function changeOrders(values: ChangeWizardValues): BatchOrder[] {
  return planChange(values).requests.map((request) => ({ type: "change", request }));
}
