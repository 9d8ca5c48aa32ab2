"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { PlugZap } from "lucide-react";
import { useMemo } from "react";
import { useForm, useWatch } from "react-hook-form";
import { RequestResults } from "@/components/wizard/request-results";
import { submitOnEnterInChoices } from "@/components/wizard/submit-on-enter-in-choices";
import { useOrderBatch, type BatchOrder } from "@/components/wizard/use-order-batch";
import { SUBMIT_INVALID, useWizardSteps } from "@/components/wizard/use-wizard-steps";
import { WizardFinish, WizardFrame } from "@/components/wizard/wizard-frame";
import { ENHANCED_LOCAL_SERVICE, type ProductId } from "@/lib/lumen/schemas/fields/product-id";
import { MAX_TNS_PER_INSTALL } from "@/lib/lumen/schemas/install-order";
import { FeaturesStep } from "./features-step";
import { InstallReviewStep } from "./install-review-step";
import { initialInstallValues, makeInstallWizardSchema, planInstall, STEP_FIELDS, type InstallWizardValues } from "./install-wizard-schema";
import { NumbersStep } from "./numbers-step";
import { onlyServiceName, ServiceStep, type ServiceNameChoice } from "./service-step";
import { SubscriberStep } from "./subscriber-step";

function stepsFor(productID: InstallWizardValues["productID"]) {
  const els = productID === ENHANCED_LOCAL_SERVICE;
  return [
    { title: "Numbers", hint: "Which reserved numbers to install, typed, pasted or picked from your inventory." },
    { title: "Product and service", hint: "Local Inbound or Enhanced Local Service, the route, and when." },
    { title: "Subscriber", hint: "Who the subscriber is and where the service is." },
    els
      ? { title: "Caller name, E911 and listing", hint: "What callers see, how 911 is handled, and the directory listing." }
      : { title: "Caller name", hint: "What the people these numbers call see. Local Inbound has no 911 and no listing." },
    { title: "Review", hint: "What will be sent to Lumen." },
  ];
}

interface InstallWizardProps {
  org: string;
  /** Numbers handed over from the Numbers page (`?tns=`). */
  initialTns: string[];
  /** The organization's default product (Settings): the form starts with it chosen. */
  defaultProductId?: ProductId | null;
  serviceNames: ServiceNameChoice;
}

/**
 * The install wizard: one form across five steps, so going back loses nothing. The key made
 * when the wizard opens names the batch; request `i` (at most 399 numbers) gets `${key}-${i}`.
 */
export function InstallWizard({ org, initialTns, serviceNames, defaultProductId = null }: InstallWizardProps) {
  const wizard = useWizardSteps();
  const { step, batchKey } = wizard;
  const schema = useMemo(() => makeInstallWizardSchema({ serviceNameRequired: serviceNames.required }), [serviceNames.required]);
  const form = useForm<InstallWizardValues>({
    resolver: zodResolver(schema),
    defaultValues: initialInstallValues(initialTns, defaultProductId, onlyServiceName(serviceNames)),
    mode: "onChange",
  });
  const { control, trigger, getValues } = form;
  const productID = useWatch({ control, name: "productID" });
  const submission = useOrderBatch(org);
  const started = submission.results !== null;
  const steps = stepsFor(productID);
  const last = step === steps.length - 1;

  async function next() {
    const fields = STEP_FIELDS[step];
    wizard.advance(!!fields && (await trigger([...fields], { shouldFocus: true })));
  }

  async function install() {
    if (submission.pending || started) return;
    if (!(await trigger())) return wizard.setStepError(SUBMIT_INVALID);
    await submission.send(batchKey, installOrders(getValues()));
  }

  function installMore() {
    form.reset(initialInstallValues([], defaultProductId, onlyServiceName(serviceNames)));
    submission.reset();
    wizard.startOver();
  }

  const plan = last ? planInstall(getValues()) : null;

  return (
    <WizardFrame
      draft={{ key: `${org}/install` }}
      form={form}
      label="Install steps"
      steps={steps}
      wizard={wizard}
      started={started}
      onSubmit={() => void (last ? install() : next())}
      onKeyDown={submitOnEnterInChoices}
      lastStep={last}
      action={
        <WizardFinish
          submission={submission}
          wizard={wizard}
          started={started}
          icon={PlugZap}
          orders={{ href: `/${org}/orders?type=install`, label: "Install orders" }}
          moreLabel="Install more"
          onMore={installMore}
        >
          Install numbers
        </WizardFinish>
      }
    >
      {step === 0 && <NumbersStep org={org} />}
      {step === 1 && <ServiceStep serviceNames={serviceNames} />}
      {step === 2 && <SubscriberStep />}
      {step === 3 && <FeaturesStep />}
      {plan && <InstallReviewStep plan={plan} />}
      {plan && submission.results && (
        <RequestResults
          org={org}
          label="Install results"
          tnLists={plan.requests.map((request) => request.tnList)}
          maxPerRequest={MAX_TNS_PER_INSTALL}
          placedNote={
            <>
              The numbers turn active when Lumen confirms the install (notification 902). Each order&apos;s page follows it and shows
              every number&apos;s state.
            </>
          }
          results={submission.results}
          pending={submission.pending}
          onRetry={(indexes) => void submission.send(batchKey, installOrders(getValues()), indexes)}
          onPlacedAgain={submission.placedAgain}
        />
      )}
    </WizardFrame>
  );
}

/** One install order per request of at most 399 numbers, all for the same subscriber. */
function installOrders(values: InstallWizardValues): BatchOrder[] {
  return planInstall(values).requests.map((request) => ({ type: "install", request }));
}
