"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { ArrowLeft, ArrowRight, PencilLine, RotateCcw } from "lucide-react";
import Link from "next/link";
import { useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { SubmitButton } from "@/components/ui/submit-button";
import { OrderResults } from "@/components/wizard/order-results";
import { StepIndicator } from "@/components/wizard/step-indicator";
import { submitOnEnterInChoices } from "@/components/wizard/submit-on-enter-in-choices";
import { useOrderBatch, type BatchOrder } from "@/components/wizard/use-order-batch";
import { ChangeNumbersStep } from "./change-numbers-step";
import { ChangeReviewStep } from "./change-review-step";
import { ChangeWhatStep, type ServiceNameChoice } from "./change-what-step";
import { EMPTY_CHANGE, initialChangeValues, makeChangeWizardSchema, planChange, STEP_FIELDS, type ChangeWizardValues } from "./change-wizard-schema";

const newBatchKey = () => crypto.randomUUID();

const STEPS = [
  { title: "Numbers and product", hint: "Which active numbers to change, and the product they are on." },
  { title: "What to change", hint: "Open each kind of change you want; the rest stays as Lumen has it." },
  { title: "Review", hint: "Every number and every field that will change." },
] as const;

interface ChangeWizardProps {
  org: string;
  /** Numbers handed over from the active numbers page (`?tns=`). */
  initialTns: string[];
  serviceNames: ServiceNameChoice;
}

/**
 * The change wizard: one form across three steps, so going back loses nothing. The key made
 * when the wizard opens names the batch, so a double click never places the change twice.
 */
export function ChangeWizard({ org, initialTns, serviceNames }: ChangeWizardProps) {
  const [batchKey, setBatchKey] = useState(newBatchKey);
  const [step, setStep] = useState(0);
  const [stepError, setStepError] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const navigated = useRef(false);
  const schema = useMemo(
    () => makeChangeWizardSchema({ serviceNames: serviceNames.required ? serviceNames.names : null }),
    [serviceNames.required, serviceNames.names],
  );
  const form = useForm<ChangeWizardValues>({
    resolver: zodResolver(schema),
    defaultValues: initialChangeValues(initialTns),
    mode: "onChange",
  });
  const { trigger, getValues } = form;
  const submission = useOrderBatch(org);
  const started = submission.results !== null;

  // Focus follows the step, so a screen reader announces where the user now is; not on
  // the first render, and a frame later so react-hook-form's own focus does not win.
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
    if (fields && (await trigger([...fields] as (keyof ChangeWizardValues)[], { shouldFocus: true }))) return goTo(step + 1);
    setStepError("Correct the fields marked with Lumen's codes to go on.");
  }

  async function change() {
    if (submission.pending || started) return;
    if (!(await trigger())) return setStepError("Something changed that Lumen would refuse: go back and correct it.");
    await submission.send(batchKey, changeOrders(getValues()));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (step < STEPS.length - 1) void next();
    else void change();
  }

  function changeMore() {
    form.reset(EMPTY_CHANGE);
    submission.reset();
    setBatchKey(newBatchKey());
    goTo(0);
  }

  const current = STEPS[step] ?? STEPS[0];
  const plan = step === STEPS.length - 1 ? planChange(getValues()) : null;

  return (
    <FormProvider {...form}>
      <Card>
        <CardHeader className="gap-4">
          <StepIndicator label="Change steps" steps={STEPS} current={step} canGoBack={!started} onGoTo={goTo} />
          <div className="flex flex-col gap-1">
            <h2 ref={headingRef} tabIndex={-1} className="text-lg font-semibold outline-none">
              Step {step + 1} of {STEPS.length}: {current.title}
            </h2>
            <p className="text-sm text-muted-foreground">{current.hint}</p>
          </div>
        </CardHeader>
        <CardContent>
          <form onSubmit={onSubmit} onKeyDown={submitOnEnterInChoices} noValidate className="flex flex-col gap-6">
            {step === 0 && <ChangeNumbersStep />}
            {step === 1 && <ChangeWhatStep serviceNames={serviceNames} />}
            {plan && <ChangeReviewStep plan={plan} />}
            {plan && submission.results && (
              <OrderResults
                org={org}
                label="Change results"
                names={plan.requests.map((request) => `Change of ${request.tnList.length} ${request.tnList.length === 1 ? "number" : "numbers"}`)}
                sendingMessage="Sending the change orders…"
                results={submission.results}
                pending={submission.pending}
                onRetry={(indexes) => void submission.send(batchKey, changeOrders(getValues()), indexes)}
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
              {step < STEPS.length - 1 ? (
                <Button type="submit">
                  Next
                  <ArrowRight aria-hidden />
                </Button>
              ) : submission.done ? (
                <div className="flex flex-wrap gap-3">
                  <Button variant="outline" asChild>
                    <Link href={`/${org}/orders?type=change`}>Change orders</Link>
                  </Button>
                  <Button type="button" variant="outline" onClick={changeMore}>
                    <RotateCcw aria-hidden />
                    Change more
                  </Button>
                </div>
              ) : (
                <SubmitButton pending={submission.pending} disabled={started} className="w-auto">
                  {!submission.pending && <PencilLine aria-hidden />}
                  Send the change
                </SubmitButton>
              )}
            </div>
          </form>
        </CardContent>
      </Card>
    </FormProvider>
  );
}

function changeOrders(values: ChangeWizardValues): BatchOrder[] {
  return planChange(values).requests.map((request) => ({ type: "change", request }));
}
