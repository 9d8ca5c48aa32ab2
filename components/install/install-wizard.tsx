"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { ArrowLeft, ArrowRight, PlugZap, RotateCcw } from "lucide-react";
import Link from "next/link";
import { useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { FormProvider, useForm, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { SubmitButton } from "@/components/ui/submit-button";
import { submitOnEnterInChoices } from "@/components/wizard/submit-on-enter-in-choices";
import { StepIndicator } from "@/components/wizard/step-indicator";
import { useOrderBatch, type BatchOrder } from "@/components/wizard/use-order-batch";
import { ENHANCED_LOCAL_SERVICE } from "@/lib/lumen/schemas/fields/product-id";
import { FeaturesStep } from "./features-step";
import { InstallResults } from "./install-results";
import { InstallReviewStep } from "./install-review-step";
import { EMPTY_INSTALL, initialInstallValues, makeInstallWizardSchema, planInstall, STEP_FIELDS, type InstallWizardValues } from "./install-wizard-schema";
import { NumbersStep } from "./numbers-step";
import { ServiceStep, type ServiceNameChoice } from "./service-step";
import { SubscriberStep } from "./subscriber-step";

const newBatchKey = () => crypto.randomUUID();

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
  serviceNames: ServiceNameChoice;
}

/**
 * The install wizard: one form across five steps, so going back loses nothing. The key made
 * when the wizard opens names the batch; request `i` (at most 399 numbers) gets `${key}-${i}`.
 */
export function InstallWizard({ org, initialTns, serviceNames }: InstallWizardProps) {
  const [batchKey, setBatchKey] = useState(newBatchKey);
  const [step, setStep] = useState(0);
  const [stepError, setStepError] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const navigated = useRef(false);
  const schema = useMemo(() => makeInstallWizardSchema({ serviceNameRequired: serviceNames.required }), [serviceNames.required]);
  const form = useForm<InstallWizardValues>({
    resolver: zodResolver(schema),
    defaultValues: initialInstallValues(initialTns),
    mode: "onChange",
  });
  const { control, trigger, getValues } = form;
  const productID = useWatch({ control, name: "productID" });
  const submission = useOrderBatch(org);
  const started = submission.results !== null;
  const steps = stepsFor(productID);

  // Focus follows the step, so a screen reader announces where the user now is. Not on the
  // first render: opening the page should not jump. A frame later, so that
  // react-hook-form's own focus after a reset does not win.
  useEffect(() => {
    if (!navigated.current) return;
    const frame = requestAnimationFrame(() => headingRef.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [step]);

  function goTo(index: number) {
    navigated.current = true;
    setStepError(null);
    setStep(index);
  }

  async function next() {
    const fields = STEP_FIELDS[step];
    if (fields && (await trigger([...fields], { shouldFocus: true }))) return goTo(step + 1);
    setStepError("Correct the fields marked with Lumen's codes to go on.");
  }

  async function install() {
    if (submission.pending || started) return;
    if (!(await trigger())) return setStepError("Something changed that Lumen would refuse: go back and correct it.");
    await submission.send(batchKey, installOrders(getValues()));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (step < steps.length - 1) void next();
    else void install();
  }

  function installMore() {
    form.reset(EMPTY_INSTALL);
    submission.reset();
    setBatchKey(newBatchKey());
    goTo(0);
  }

  const current = steps[step] ?? steps[0]!;
  const plan = step === steps.length - 1 ? planInstall(getValues()) : null;

  return (
    <FormProvider {...form}>
      <Card>
        <CardHeader className="gap-4">
          <StepIndicator label="Install steps" steps={steps} current={step} canGoBack={!started} onGoTo={goTo} />
          <div className="flex flex-col gap-1">
            <h2 ref={headingRef} tabIndex={-1} className="text-lg font-semibold outline-none">
              Step {step + 1} of {steps.length}: {current.title}
            </h2>
            <p className="text-sm text-muted-foreground">{current.hint}</p>
          </div>
        </CardHeader>
        <CardContent>
          <form onSubmit={onSubmit} onKeyDown={submitOnEnterInChoices} noValidate className="flex flex-col gap-6">
            {step === 0 && <NumbersStep org={org} />}
            {step === 1 && <ServiceStep serviceNames={serviceNames} />}
            {step === 2 && <SubscriberStep />}
            {step === 3 && <FeaturesStep />}
            {plan && <InstallReviewStep plan={plan} />}
            {plan && submission.results && (
              <InstallResults
                org={org}
                requests={plan.requests}
                results={submission.results}
                pending={submission.pending}
                onRetry={(indexes) => void submission.send(batchKey, installOrders(getValues()), indexes)}
              />
            )}
            {stepError && (
              <p role="alert" className="text-sm text-destructive">
                {stepError}
              </p>
            )}
            <div className="flex flex-wrap items-center justify-between gap-3 border-t pt-4">
              {step > 0 && !started ? (
                <Button type="button" variant="outline" onClick={() => goTo(step - 1)}>
                  <ArrowLeft aria-hidden />
                  Back
                </Button>
              ) : (
                <span />
              )}
              {step < steps.length - 1 ? (
                <Button type="submit">
                  Next
                  <ArrowRight aria-hidden />
                </Button>
              ) : submission.done ? (
                <div className="flex flex-wrap gap-3">
                  <Button variant="outline" asChild>
                    <Link href={`/${org}/orders?type=install`}>Install orders</Link>
                  </Button>
                  <Button type="button" variant="outline" onClick={installMore}>
                    <RotateCcw aria-hidden />
                    Install more
                  </Button>
                </div>
              ) : (
                <SubmitButton pending={submission.pending} disabled={started} className="w-auto">
                  {!submission.pending && <PlugZap aria-hidden />}
                  Install numbers
                </SubmitButton>
              )}
            </div>
          </form>
        </CardContent>
      </Card>
    </FormProvider>
  );
}

/** One install order per request of at most 399 numbers, all for the same subscriber. */
function installOrders(values: InstallWizardValues): BatchOrder[] {
  return planInstall(values).requests.map((request) => ({ type: "install", request }));
}
