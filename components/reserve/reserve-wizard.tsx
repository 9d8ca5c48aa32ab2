"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { BookmarkPlus } from "lucide-react";
import { useFieldArray, useForm, useWatch } from "react-hook-form";
import { submitOnEnterInChoices } from "@/components/wizard/submit-on-enter-in-choices";
import { useOrderBatch, type BatchOrder } from "@/components/wizard/use-order-batch";
import { SUBMIT_INVALID, useWizardSteps } from "@/components/wizard/use-wizard-steps";
import { WizardFinish, WizardFrame } from "@/components/wizard/wizard-frame";
import type { ProductId } from "@/lib/lumen/schemas/fields/product-id";
import { ProductStateStep } from "./product-state-step";
import { LINE_FIELDS, QuantitiesStep } from "./quantities-step";
import { RateCentersStep } from "./rate-centers-step";
import { NetworkError } from "@/components/wizard/portal-api";
import { OPEN_BACKORDER_CODE } from "@/lib/orders/open-backorders-schema";
import { fetchOpenBackorders, fetchUtilization, type RateCenter } from "./reserve-api";
import { initialReserveValues, newLine, ReserveWizardSchema, toOrderRequest, type ReservationLineValues, type ReserveWizardValues } from "./reserve-wizard-schema";
import type { NumberRoom } from "@/lib/orders/sub-account-limits";
import { overLimitMessage } from "@/lib/sub-accounts/over-limit-message";
import { ReservationResults } from "./reservation-results";
import { ReviewStep } from "./review-step";
import { backorderFor, utilizationFor, UtilizationStep } from "./utilization-step";

const STEPS = [
  { title: "Product and state", hint: "What kind of numbers, and where." },
  { title: "Rate centers", hint: "Choose one or more rate centers; each becomes its own order." },
  { title: "Utilization", hint: "Lumen's 75 % rule, checked for each rate center before ordering." },
  { title: "Quantities and options", hint: "How many numbers per rate center, and how they should look." },
  { title: "Review", hint: "What will be sent to Lumen." },
] as const;

/** One reservation order per rate center. */
const reservationOrders = (productID: ProductId, lines: ReservationLineValues[]): BatchOrder[] =>
  lines.map((line) => ({ type: "reserve", request: toOrderRequest(productID, line) }));

/**
 * The reservation wizard: one form across five steps, so going back loses nothing. The key
 * made when the wizard opens names the batch; each rate center's order gets `${key}-${i}`.
 */
/** `defaultProductId`: the organization's default product (Settings); the form starts with it chosen. */
/** `forReseller`: the user belongs to a reseller's sub-account, which sees only its own numbers. */
export function ReserveWizard({
  org,
  defaultProductId = null,
  forReseller = false,
  numberRoom = null,
}: {
  org: string;
  defaultProductId?: ProductId | null;
  forReseller?: boolean;
  /** A reseller's number limit, when one is set: quantities beyond it are stopped before sending. */
  numberRoom?: NumberRoom | null;
}) {
  const wizard = useWizardSteps();
  const { step, batchKey, goTo, setStepError } = wizard;
  const form = useForm<ReserveWizardValues>({
    resolver: zodResolver(ReserveWizardSchema),
    defaultValues: initialReserveValues(defaultProductId),
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

  const backordersQuery = {
    queryKey: ["reserve", org, "open-backorders", lines.map((line) => `${line.state}/${line.rateCenter}`).sort()],
    queryFn: () => fetchOpenBackorders(org, lines.map(({ rateCenter, state }) => ({ rateCenter, state }))),
    staleTime: 10_000,
  };
  const backorders = useQuery({ ...backordersQuery, enabled: step >= 2 && lines.length > 0, placeholderData: keepPreviousData });

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

  // Its Remove button goes with it: the focus goes to the step's heading, not the page's top.
  function removeRateCenter(index: number) {
    remove(index);
    setStepError(null);
    requestAnimationFrame(() => wizard.headingRef.current?.focus());
  }

  // react-hook-form checks the whole list on every change to it (a rate center ticked or
  // removed), which marked each new line's empty quantity with 10011 before anyone reached
  // it: the quantities step opens judging only what was typed. Next checks everything.
  function forgetUntypedLineErrors() {
    getValues("lines").forEach((_, index) => {
      for (const key of LINE_FIELDS) {
        const path = `lines.${index}.${key}` as const;
        if (!form.getFieldState(path).isDirty) form.clearErrors(path);
      }
    });
  }

  async function next() {
    if (step === 0 && (await trigger(["productID", "state"], { shouldFocus: true }))) return goTo(1);
    if (step === 1) {
      if (getValues("lines").length > 0) return goTo(2);
      return setStepError("Choose at least one rate center to go on.");
    }
    if (step === 2) {
      if (getValues("lines").length === 0) return setStepError("Choose at least one rate center to go on: go back to Rate centers.");
      // Pressed while the check is still on its way: wait for that same request.
      let figures, held;
      try {
        [figures, held] = await Promise.all([queryClient.fetchQuery(utilizationQuery), queryClient.fetchQuery(backordersQuery)]);
      } catch {
        return setStepError("Lumen's utilization could not be checked; try again.");
      }
      const inBackorder = getValues("lines").filter((line) => backorderFor(held, line));
      if (inBackorder.length > 0) {
        return setStepError(`Remove ${inBackorder.map((line) => line.rateCenter).join(", ")} or go back: a reservation there is still in backorder (Lumen ${OPEN_BACKORDER_CODE}).`);
      }
      const blocked = getValues("lines").filter((line) => utilizationFor(figures, line)?.canOrderMore === false);
      if (blocked.length === 0) {
        forgetUntypedLineErrors();
        return goTo(3);
      }
      return setStepError(
        `Remove ${blocked.map((line) => line.rateCenter).join(", ")} or go back: Lumen will not reserve more there until 75 % is in use.`,
      );
    }
    if (step === 3) {
      const valid = await trigger("lines", { shouldFocus: true });
      const overRoom = valid ? beyondNumberRoom() : null;
      if (overRoom) return setStepError(overRoom);
      wizard.advance(valid);
    }
  }

  /** The quantities asked for, against the reseller's number limit (the engine refuses them all otherwise). */
  function beyondNumberRoom(): string | null {
    if (!numberRoom) return null;
    const adding = getValues("lines").reduce((sum, line) => sum + (Number(line.quantity) || 0), 0);
    if (numberRoom.held + adding <= numberRoom.maxNumbers) return null;
    const { subAccountName, held, maxNumbers } = numberRoom;
    return `${overLimitMessage(subAccountName, held, adding, maxNumbers)} Lower the quantities to ${Math.max(0, maxNumbers - held)} in all, or ask the partner's admins to raise the limit.`;
  }

  async function reserve() {
    if (submission.pending || started) return;
    if (!(await trigger())) return setStepError(SUBMIT_INVALID);
    const overRoom = beyondNumberRoom();
    if (overRoom) return setStepError(overRoom);
    const values = getValues();
    await submission.send(batchKey, reservationOrders(values.productID as ProductId, values.lines));
  }

  function reserveMore() {
    form.reset(initialReserveValues(defaultProductId));
    submission.reset();
    wizard.startOver();
  }

  const last = step === STEPS.length - 1;

  return (
    <WizardFrame
      draft={{ key: `${org}/reserve` }}
      form={form}
      label="Reservation steps"
      steps={STEPS}
      wizard={wizard}
      started={started}
      onSubmit={() => void (last ? reserve() : next())}
      onKeyDown={submitOnEnterInChoices}
      headingId="reserve-step-title"
      lastStep={last}
      action={
        <WizardFinish submission={submission} wizard={wizard} started={started} icon={BookmarkPlus} moreLabel="Reserve more" onMore={reserveMore}>
          Reserve numbers
        </WizardFinish>
      }
    >
      {step === 0 && <ProductStateStep onScopeChange={clearRateCenters} />}
      {step === 1 && productID !== "" && (
        <RateCentersStep org={org} productID={productID} state={state} onToggle={toggleRateCenter} />
      )}
      {step === 2 && (
        <UtilizationStep org={org} lines={lines} query={utilization} backorders={backorders.data ?? []} onRemove={removeRateCenter} forReseller={forReseller} />
      )}
      {step === 3 && <QuantitiesStep />}
      {step === 4 && productID !== "" && <ReviewStep productID={productID} lines={lines} />}
      {step === 4 && submission.results && (
        <ReservationResults
          org={org}
          lines={lines}
          results={submission.results}
          pending={submission.pending}
          onRetry={(indexes) => void submission.send(batchKey, reservationOrders(productID as ProductId, getValues("lines")), indexes)}
          onPlacedAgain={submission.placedAgain}
        />
      )}
    </WizardFrame>
  );
}
