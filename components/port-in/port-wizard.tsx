"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { ArrowLeft, ArrowRight, ArrowRightLeft, RotateCcw } from "lucide-react";
import Link from "next/link";
import { useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { FormProvider, useForm, useWatch } from "react-hook-form";
import { FeaturesStep } from "@/components/install/features-step";
import { describeNumbers } from "@/components/install/install-review-step";
import { ServiceStep, type ServiceNameChoice } from "@/components/install/service-step";
import { SubscriberStep } from "@/components/install/subscriber-step";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { SubmitButton } from "@/components/ui/submit-button";
import { OrderResults } from "@/components/wizard/order-results";
import { NetworkError } from "@/components/wizard/portal-api";
import { StepIndicator } from "@/components/wizard/step-indicator";
import { submitOnEnterInChoices } from "@/components/wizard/submit-on-enter-in-choices";
import { useOrderBatch, type BatchOrder } from "@/components/wizard/use-order-batch";
import { ENHANCED_LOCAL_SERVICE } from "@/lib/lumen/schemas/fields/product-id";
import { MAX_TNS_PER_PORT } from "@/lib/lumen/schemas/port-order";
import { LosingCarrierStep } from "./losing-carrier-step";
import { PortNumbersStep } from "./port-numbers-step";
import { PortReviewStep } from "./port-review-step";
import { EMPTY_PORT, makePortWizardSchema, planPort, PORT_STEP_FIELDS, type PortWizardValues } from "./port-wizard-schema";
import { fetchPortability, sortByPortability } from "./portability";
import { PortabilityStep } from "./portability-step";

const newBatchKey = () => crypto.randomUUID();

const PORTABILITY = 1;
const REVIEW = 5;
const RESULTS = 6;

function stepsFor(productID: PortWizardValues["productID"]) {
  const els = productID === ENHANCED_LOCAL_SERVICE;
  return [
    { title: "Numbers", hint: "The numbers to bring over from the losing carrier, typed or pasted." },
    { title: "Portability", hint: "Lumen checks every number; the ones it cannot port now are set aside." },
    { title: "Losing carrier and authorization", hint: "The letter of authorization, the losing carrier's account, and when to port." },
    { title: "Product and subscriber", hint: "Local Inbound or Enhanced Local Service, who the subscriber is and where the service is." },
    els
      ? { title: "Caller name, E911 and listing", hint: "What callers see, how 911 is handled, and the directory listing." }
      : { title: "Caller name", hint: "What the people these numbers call see. Local Inbound has no 911 and no listing." },
    { title: "Review", hint: "What will be sent to Lumen, and in how many requests." },
    { title: "Results", hint: "Each request's answer from Lumen, with a link to its order." },
  ];
}

interface PortWizardProps {
  org: string;
  serviceNames: ServiceNameChoice;
}

/**
 * The port-in wizard: one form across its steps, so going back loses nothing. The key made
 * when the wizard opens names the batch; request `i` (at most the port limit) gets `${key}-${i}`.
 */
export function PortWizard({ org, serviceNames }: PortWizardProps) {
  const [batchKey, setBatchKey] = useState(newBatchKey);
  const [step, setStep] = useState(0);
  const [stepError, setStepError] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const navigated = useRef(false);
  const schema = useMemo(() => makePortWizardSchema({ serviceNameRequired: serviceNames.required }), [serviceNames.required]);
  const form = useForm<PortWizardValues>({ resolver: zodResolver(schema), defaultValues: EMPTY_PORT, mode: "onChange" });
  const { control, trigger, getValues, setValue } = form;
  const [productID, tnText, setAside] = useWatch({ control, name: ["productID", "tnText", "setAside"] });
  const submission = useOrderBatch(org);
  const queryClient = useQueryClient();
  const started = submission.results !== null;
  const steps = stepsFor(productID);

  // Every valid number typed is checked, including any set aside by an earlier check.
  const typed = useMemo(() => planPort({ ...EMPTY_PORT, tnText }).numbers, [tnText]);
  const portabilityQuery = {
    queryKey: ["port-in", org, "portability", [...typed].sort()],
    queryFn: () => fetchPortability(org, typed),
    staleTime: 60_000,
  };
  const portability = useQuery({
    ...portabilityQuery,
    enabled: step === PORTABILITY && typed.length > 0,
    retry: (count, error) => error instanceof NetworkError && count < 1,
  });

  // Focus follows the step, so a screen reader announces where the user now is; a frame
  // later, so that react-hook-form's own focus after a reset does not win.
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

  async function leavePortability() {
    let answer;
    try {
      // Pressed while the check is still on its way: wait for that same request.
      answer = await queryClient.fetchQuery(portabilityQuery);
    } catch {
      return setStepError("Lumen's portability check could not be made; try again.");
    }
    const verdict = sortByPortability(typed, answer);
    setValue("setAside", verdict.setAside.map((n) => n.tn));
    if (verdict.portable.length === 0) return setStepError("None of the numbers can be ported: go back and add others.");
    goTo(PORTABILITY + 1);
  }

  async function next() {
    if (step === PORTABILITY) return leavePortability();
    // The check that follows decides afresh which numbers go; an earlier verdict must not
    // block the same numbers from being checked again.
    if (step === 0) setValue("setAside", []);
    const fields = PORT_STEP_FIELDS[step];
    if (fields && (await trigger([...fields], { shouldFocus: true }))) return goTo(step + 1);
    setStepError("Correct the fields marked with Lumen's codes to go on.");
  }

  async function port() {
    if (submission.pending || started) return;
    if (!(await trigger())) return setStepError("Something changed that Lumen would refuse: go back and correct it.");
    goTo(RESULTS);
    await submission.send(batchKey, portOrders(getValues()));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (step < REVIEW) void next();
    else if (step === REVIEW) void port();
  }

  function portMore() {
    form.reset(EMPTY_PORT);
    submission.reset();
    setBatchKey(newBatchKey());
    goTo(0);
  }

  const current = steps[step] ?? steps[0]!;
  const plan = step >= REVIEW ? planPort(getValues()) : null;
  const porting = step >= PORTABILITY + 1 ? planPort({ ...EMPTY_PORT, tnText, setAside }).porting : [];

  return (
    <FormProvider {...form}>
      <Card>
        <CardHeader className="gap-4">
          <StepIndicator label="Port-in steps" steps={steps} current={step} canGoBack={!started} onGoTo={goTo} />
          <div className="flex flex-col gap-1">
            <h2 ref={headingRef} tabIndex={-1} className="text-lg font-semibold outline-none">
              Step {step + 1} of {steps.length}: {current.title}
            </h2>
            <p className="text-sm text-muted-foreground">{current.hint}</p>
          </div>
        </CardHeader>
        <CardContent>
          <form onSubmit={onSubmit} onKeyDown={submitOnEnterInChoices} noValidate className="flex flex-col gap-6">
            {step === 0 && <PortNumbersStep />}
            {step === PORTABILITY && <PortabilityStep numbers={typed} query={portability} />}
            {step === 2 && <LosingCarrierStep porting={porting} />}
            {step === 3 && (
              <>
                <ServiceStep serviceNames={serviceNames} installDate={false} />
                <SubscriberStep />
              </>
            )}
            {step === 4 && <FeaturesStep />}
            {step === REVIEW && plan && <PortReviewStep plan={plan} setAsideCount={setAside.length} />}
            {step === RESULTS && plan && submission.results && (
              <PortResults
                org={org}
                tnLists={plan.requests.map((request) => request.tnList)}
                results={submission.results}
                pending={submission.pending}
                onRetry={(indexes) => void submission.send(batchKey, portOrders(getValues()), indexes)}
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
              {step < REVIEW ? (
                <Button type="submit">
                  Next
                  <ArrowRight aria-hidden />
                </Button>
              ) : step === REVIEW ? (
                <SubmitButton pending={submission.pending} disabled={started} className="w-auto">
                  {!submission.pending && <ArrowRightLeft aria-hidden />}
                  Port numbers
                </SubmitButton>
              ) : (
                submission.done && (
                  <div className="flex flex-wrap gap-3">
                    <Button variant="outline" asChild>
                      <Link href={`/${org}/orders?type=port`}>Port orders</Link>
                    </Button>
                    <Button type="button" variant="outline" onClick={portMore}>
                      <RotateCcw aria-hidden />
                      Port more
                    </Button>
                  </div>
                )
              )}
            </div>
          </form>
        </CardContent>
      </Card>
    </FormProvider>
  );
}

interface PortResultsProps {
  org: string;
  tnLists: unknown[][];
  results: NonNullable<ReturnType<typeof useOrderBatch>["results"]>;
  pending: boolean;
  onRetry: (indexes: number[]) => void;
}

function PortResults({ org, tnLists, results, pending, onRetry }: PortResultsProps) {
  const placed = results.some((result) => result.state === "placed");
  return (
    <div className="flex flex-col gap-3">
      <OrderResults
        org={org}
        label="Port results"
        names={tnLists.map(
          (tnList, index) => `Request ${index + 1} of ${tnLists.length}: ${tnList.length} ${tnList.length === 1 ? "number" : "numbers"}, ${describeNumbers(tnList)}`,
        )}
        sendingMessage={`Sending ${tnLists.length} requests of at most ${MAX_TNS_PER_PORT} numbers, one after the other…`}
        results={results}
        pending={pending}
        onRetry={onRetry}
      />
      {placed && (
        <p className="text-sm text-muted-foreground">
          Lumen now asks the losing carrier to release the numbers. The FOC date arrives with notification 903; the numbers
          turn active on it (10002). Each order&apos;s page follows its port.
        </p>
      )}
    </div>
  );
}

/** One port order per request of at most the port limit, all for the same subscriber. */
function portOrders(values: PortWizardValues): BatchOrder[] {
  return planPort(values).requests.map((request) => ({ type: "port", request }));
}
