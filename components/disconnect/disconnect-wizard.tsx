"use client";

import { formatCalendarDay } from "@/lib/dates/format-dates";
import { zodResolver } from "@hookform/resolvers/zod";
import { PhoneOff } from "lucide-react";
import { useMemo } from "react";
import { useForm, useWatch } from "react-hook-form";
import { formatTn } from "@/lib/lumen/telephone-numbers";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { OrderResults } from "@/components/wizard/order-results";
import { useOrderBatch, type BatchOrder } from "@/components/wizard/use-order-batch";
import { useWizardSteps } from "@/components/wizard/use-wizard-steps";
import { ACTIVE_NUMBERS, TnTextField } from "@/components/wizard/tn-text-field";
import { WizardFinish, WizardFrame } from "@/components/wizard/wizard-frame";
import { disconnectDateWindow } from "./disconnect-date-window";
import { NumbersSummaryPanel, reviewHold, useNumbersSummary } from "@/components/wizard/numbers-summary-panel";
import {
  CONFIRM_ABOVE,
  confirmationPhrase,
  disconnectWizardSchema,
  EMPTY_DISCONNECT,
  initialDisconnectValues,
  planDisconnect,
  STEP_FIELDS,
  type DisconnectWizardValues,
} from "./disconnect-wizard-schema";

const STEPS = [
  { title: "Numbers", hint: "Which active numbers to take out of service." },
  { title: "Date", hint: "The day Lumen disconnects them." },
  { title: "Review and confirm", hint: "What is being disconnected, before it is sent." },
] as const;

const longDate = (day: string) => formatCalendarDay(day, { year: true });

/**
 * The disconnect wizard: numbers, a day inside Lumen's window, and a look at what goes
 * before it goes. The key made when the wizard opens keeps a double click from
 * disconnecting twice.
 */
export function DisconnectWizard({ org, initialTns }: { org: string; initialTns: string[] }) {
  const wizard = useWizardSteps();
  const { step, batchKey } = wizard;
  const form = useForm<DisconnectWizardValues>({
    resolver: zodResolver(disconnectWizardSchema),
    defaultValues: initialDisconnectValues(initialTns),
    mode: "onChange",
  });
  const { control, register, formState, trigger, getValues } = form;
  const tnText = useWatch({ control, name: "tnText" });
  const requestDate = useWatch({ control, name: "requestDate" });
  const submission = useOrderBatch(org);
  const started = submission.results !== null;
  // The same window the contract's schema holds the date to, so the picker offers no day Lumen refuses.
  const dateWindow = useMemo(() => disconnectDateWindow(new Date()), []);
  const plan = planDisconnect({ ...getValues(), tnText, requestDate });
  const count = plan.numbers.length;
  const phrase = confirmationPhrase(count);
  const last = step === STEPS.length - 1;
  // The review's look-up, which the panel shows: the send waits for it, and numbers Lumen would refuse stop it.
  const summary = useNumbersSummary(org, plan.numbers, last);

  async function next() {
    const fields = STEP_FIELDS[step];
    wizard.advance(!!fields && (await trigger([...fields], { shouldFocus: true })));
  }

  async function disconnect() {
    if (submission.pending || started) return;
    if (!(await trigger(undefined, { shouldFocus: true }))) return wizard.setStepError("Not sent: see the fields marked above.");
    const hold = reviewHold(summary);
    if (hold) return wizard.setStepError(hold);
    await submission.send(batchKey, disconnectOrders(getValues()));
  }

  function disconnectMore() {
    form.reset(EMPTY_DISCONNECT);
    submission.reset();
    wizard.startOver();
  }

  return (
    <WizardFrame
      draft={{ key: `${org}/disconnect` }}
      form={form}
      label="Disconnect steps"
      steps={STEPS}
      wizard={wizard}
      started={started}
      onSubmit={() => void (last ? disconnect() : next())}
      lastStep={last}
      action={
        <WizardFinish
          submission={submission}
          wizard={wizard}
          started={started}
          icon={PhoneOff}
          variant="destructive"
          orders={{ href: `/${org}/orders?type=disconnect`, label: "Disconnect orders" }}
          moreLabel="Disconnect more"
          onMore={disconnectMore}
        >
          Disconnect {count.toLocaleString()} {count === 1 ? "number" : "numbers"}
        </WizardFinish>
      }
    >
      {step === 0 && (
        <div className="flex flex-col gap-2">
          <TnTextField
            description={ACTIVE_NUMBERS}
            status={count === 0 ? "No numbers yet." : `${count.toLocaleString()} ${count === 1 ? "number" : "numbers"} to disconnect.`}
          />
        </div>
      )}
      {step === 1 && (
        <Field
          label="Disconnect on"
          error={formState.errors.requestDate?.message}
          className="max-w-xs"
          description={`From ${longDate(dateWindow.min)} to ${longDate(dateWindow.max)}: Lumen needs at least one business day (weekends and US federal holidays do not count) and at most 30 days.`}
        >
          {(controlProps) => <Input {...controlProps} type="date" min={dateWindow.min} max={dateWindow.max} {...register("requestDate")} />}
        </Field>
      )}
      {last && (
        <div className="flex flex-col gap-4">
          <p className="text-sm">
            On <span className="font-semibold">{requestDate ? longDate(requestDate) : "—"}</span>, Lumen takes these numbers out of
            service; the order completes then (906).
          </p>
          <NumbersSummaryPanel org={org} tns={plan.numbers} action="disconnect" />
          <details className="text-sm">
            <summary className="cursor-pointer font-medium">Every number ({count.toLocaleString()})</summary>
            <ul tabIndex={0} aria-label="Numbers to disconnect" className="mt-2 grid max-h-64 grid-cols-2 gap-x-6 gap-y-1 overflow-y-auto rounded-lg border bg-card p-4 font-mono tabular-nums sm:grid-cols-4">
              {plan.numbers.map((tn) => (
                <li key={tn}>{formatTn(tn)}</li>
              ))}
            </ul>
          </details>
          {phrase && !started && (
            <Field
              label={`Type ${phrase} to confirm`}
              error={formState.errors.confirmation?.message}
              className="max-w-sm"
              description={`More than ${CONFIRM_ABOVE} numbers go out of service at once: typing the count makes sure it is the count you meant.`}
            >
              {(controlProps) => <Input {...controlProps} autoComplete="off" spellCheck={false} {...register("confirmation")} />}
            </Field>
          )}
        </div>
      )}
      {last && submission.results && (
        <OrderResults
          org={org}
          label="Disconnect results"
          names={plan.requests.map((request) => `Disconnect of ${request.tnList.length} ${request.tnList.length === 1 ? "number" : "numbers"}`)}
          sendingMessage="Sending the disconnect orders…"
          results={submission.results}
          pending={submission.pending}
          onRetry={(indexes) => void submission.send(batchKey, disconnectOrders(getValues()), indexes)}
          onPlacedAgain={submission.placedAgain}
        />
      )}
    </WizardFrame>
  );
}

function disconnectOrders(values: DisconnectWizardValues): BatchOrder[] {
  return planDisconnect(values).requests.map((request) => ({ type: "disconnect", request }));
}
