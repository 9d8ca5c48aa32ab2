"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { ArrowLeft, ArrowRight, BookmarkPlus, RotateCcw } from "lucide-react";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { FormProvider, useFieldArray, useForm, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { SubmitButton } from "@/components/ui/submit-button";
import { submitOnEnterInChoices } from "@/components/wizard/submit-on-enter-in-choices";
import { StepIndicator } from "@/components/wizard/step-indicator";
import { useOrderBatch, type BatchOrder } from "@/components/wizard/use-order-batch";
import type { ProductId } from "@/lib/lumen/schemas/fields/product-id";
import { ProductStateStep } from "./product-state-step";
import { QuantitiesStep } from "./quantities-step";
import { RateCentersStep } from "./rate-centers-step";
import { NetworkError } from "@/components/wizard/portal-api";
import { fetchUtilization, type RateCenter } from "./reserve-api";
import { EMPTY_WIZARD, newLine, ReserveWizardSchema, toOrderRequest, type ReservationLineValues, type ReserveWizardValues } from "./reserve-wizard-schema";
import { ReservationResults } from "./reservation-results";
import { ReviewStep } from "./review-step";
import { utilizationFor, UtilizationStep } from "./utilization-step";

const STEPS = [
  { title: "Product and state", hint: "What kind of numbers, and where." },
  { title: "Rate centers", hint: "Choose one or more rate centers; each becomes its own order." },
  { title: "Utilization", hint: "Lumen's 75 % rule, checked for each rate center before ordering." },
  { title: "Quantities and options", hint: "How many numbers per rate center, and how they should look." },
  { title: "Review", hint: "What will be sent to Lumen." },
] as const;

const newBatchKey = () => crypto.randomUUID();

/** One reservation order per rate center. */
const reservationOrders = (productID: ProductId, lines: ReservationLineValues[]): BatchOrder[] =>
  lines.map((line) => ({ type: "reserve", request: toOrderRequest(productID, line) }));

/**
 * The reservation wizard: one form across five steps, so going back loses nothing. The key
 * made when the wizard opens names the batch; each rate center's order gets `${key}-${i}`.
 */
export function ReserveWizard({ org }: { org: string }) {
  const [batchKey, setBatchKey] = useState(newBatchKey);
  const [step, setStep] = useState(0);
  const [stepError, setStepError] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const navigated = useRef(false);
  const form = useForm<ReserveWizardValues>({
    resolver: zodResolver(ReserveWizardSchema),
    defaultValues: EMPTY_WIZARD,
    mode: "onChange",
  });
  const { control, trigger, getValues } = form;
  const { append, remove, replace } = useFieldArray({ control, name: "lines" });
  const productID = useWatch({ control, name: "productID" });
  const state = useWatch({ control, name: "state" });
  const lines = useWatch({ control, name: "lines" });
  const submission = useOrderBatch(org);
  const queryClient = useQueryClient();
  const started = submission.results !== null;

  const utilizationQuery = {
    queryKey: ["reserve", org, "utilization", productID, lines.map((line) => `${line.state}/${line.rateCenter}`).sort()],
    queryFn: () =>
      fetchUtilization(
        org,
        productID as ProductId,
        lines.map(({ rateCenter, state }) => ({ rateCenter, state })),
      ),
    staleTime: 10_000,
  };
  const utilization = useQuery({
    ...utilizationQuery,
    enabled: step >= 2 && productID !== "" && lines.length > 0,
    retry: (count, error) => error instanceof NetworkError && count < 1,
    // Removing a rate center changes the key; the figures of the others stay on screen.
    placeholderData: keepPreviousData,
  });

  // Focus follows the step, so a screen reader announces where the user now is. Not on the
  // first render: opening the page should not jump.
  // A frame later, so that react-hook-form's own focus after a reset does not win.
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

  function clearRateCenters() {
    if (getValues("lines").length > 0) replace([]);
    form.setValue("rateCenterFilter", "");
  }

  function toggleRateCenter(rateCenter: RateCenter, checked: boolean) {
    const index = getValues("lines").findIndex((line) => line.rateCenter === rateCenter.rateCenter && line.state === rateCenter.state);
    if (checked && index === -1) append(newLine(rateCenter), { shouldFocus: false });
    if (!checked && index !== -1) remove(index);
    setStepError(null);
  }

  async function next() {
    if (step === 0 && (await trigger(["productID", "state"], { shouldFocus: true }))) return goTo(1);
    if (step === 1) {
      if (getValues("lines").length > 0) return goTo(2);
      return setStepError("Choose at least one rate center to go on.");
    }
    if (step === 2) {
      // Pressed while the check is still on its way: wait for that same request.
      let figures;
      try {
        figures = await queryClient.fetchQuery(utilizationQuery);
      } catch {
        return setStepError("Lumen's utilization could not be checked; try again.");
      }
      const blocked = getValues("lines").filter((line) => utilizationFor(figures, line)?.canOrderMore === false);
      if (blocked.length === 0) return goTo(3);
      return setStepError(
        `Remove ${blocked.map((line) => line.rateCenter).join(", ")} or go back: Lumen will not reserve more there until 75 % is in use.`,
      );
    }
    if (step === 3) {
      if (await trigger("lines", { shouldFocus: true })) return goTo(4);
      return setStepError("Correct the fields marked with Lumen's codes to go on.");
    }
  }

  async function reserve() {
    if (submission.pending || started) return;
    if (!(await trigger())) return setStepError("Something changed that Lumen would refuse: go back and correct it.");
    const values = getValues();
    await submission.send(batchKey, reservationOrders(values.productID as ProductId, values.lines));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (step < STEPS.length - 1) void next();
    else void reserve();
  }

  function reserveMore() {
    form.reset(EMPTY_WIZARD);
    submission.reset();
    setBatchKey(newBatchKey());
    goTo(0);
  }

  const current = STEPS[step] ?? STEPS[0];
  const done = submission.done;

  return (
    <FormProvider {...form}>
      <Card>
        <CardHeader className="gap-4">
          <StepIndicator label="Reservation steps" steps={STEPS} current={step} canGoBack={!started} onGoTo={goTo} />
          <div className="flex flex-col gap-1">
            <h2 id="reserve-step-title" ref={headingRef} tabIndex={-1} className="text-lg font-semibold outline-none">
              Step {step + 1} of {STEPS.length}: {current.title}
            </h2>
            <p className="text-sm text-muted-foreground">{current.hint}</p>
          </div>
        </CardHeader>
        <CardContent>
          <form onSubmit={onSubmit} onKeyDown={submitOnEnterInChoices} noValidate className="flex flex-col gap-6">
            {step === 0 && <ProductStateStep onScopeChange={clearRateCenters} />}
            {step === 1 && productID !== "" && (
              <RateCentersStep org={org} productID={productID} state={state} onToggle={toggleRateCenter} />
            )}
            {step === 2 && <UtilizationStep org={org} lines={lines} query={utilization} onRemove={(index) => remove(index)} />}
            {step === 3 && <QuantitiesStep />}
            {step === 4 && productID !== "" && <ReviewStep productID={productID} lines={lines} />}
            {step === 4 && submission.results && (
              <ReservationResults
                org={org}
                lines={lines}
                results={submission.results}
                pending={submission.pending}
                onRetry={(indexes) => void submission.send(batchKey, reservationOrders(productID as ProductId, getValues("lines")), indexes)}
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
              ) : done ? (
                <Button type="button" variant="outline" onClick={reserveMore}>
                  <RotateCcw aria-hidden />
                  Reserve more
                </Button>
              ) : (
                <SubmitButton pending={submission.pending} disabled={started} className="w-auto">
                  {!submission.pending && <BookmarkPlus aria-hidden />}
                  Reserve numbers
                </SubmitButton>
              )}
            </div>
          </form>
        </CardContent>
      </Card>
    </FormProvider>
  );
}
