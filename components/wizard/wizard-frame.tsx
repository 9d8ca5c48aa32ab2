"use client";

import { ArrowLeft, ArrowRight, PencilLine, RotateCcw, type LucideIcon } from "lucide-react";
import Link from "next/link";
import { useEffect, type FormEvent, type KeyboardEventHandler, type ReactNode } from "react";
import { FormProvider, type FieldValues, type UseFormReturn } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { SubmitButton } from "@/components/ui/submit-button";
import { StepIndicator } from "./step-indicator";
import { useWizardDraft, WizardDraftNotice } from "./use-wizard-draft";
import type { WizardSteps } from "./use-wizard-steps";

interface WizardFrameProps<Values extends FieldValues> {
  form: UseFormReturn<Values>;
  /** Names the step navigation, e.g. "Install steps". */
  label: string;
  steps: readonly { title: string; hint: string }[];
  wizard: WizardSteps;
  /** Orders are on their way: the answers may no longer change, so there is no way back. */
  started: boolean;
  onSubmit: () => void;
  onKeyDown?: KeyboardEventHandler<HTMLFormElement>;
  headingId?: string;
  /** Next is offered before the last step; from it on, `action` takes its place. */
  lastStep: boolean;
  action: ReactNode;
  /** Keeps the entries in the tab while they are typed (use-wizard-draft.tsx): one key per organization and wizard, and the fields never kept. */
  draft: { key: string; omit?: readonly string[] };
  children: ReactNode;
}

const KEEP_EVERY_FIELD: readonly string[] = [];

/**
 * The frame every order wizard shares: one form across its steps, the step indicator, a
 * heading that takes focus on each step, what stops the user going on, Back and Next.
 */
export function WizardFrame<Values extends FieldValues>({
  form,
  label,
  steps,
  wizard,
  started,
  onSubmit,
  onKeyDown,
  headingId,
  lastStep,
  action,
  draft,
  children,
}: WizardFrameProps<Values>) {
  const { step, stepError, headingRef, goTo, holdSteps, answersChanged } = wizard;
  const current = steps[step] ?? steps[0]!;
  useEffect(() => holdSteps(started), [holdSteps, started]);
  useEffect(() => {
    const subscription = form.watch(() => answersChanged());
    return () => subscription.unsubscribe();
  }, [form, answersChanged]);
  const kept = useWizardDraft(form, { key: draft.key, omit: draft.omit ?? KEEP_EVERY_FIELD, started });

  // A restored draft starts at the first step: steps after it work from checks (portability,
  // a look-up at Lumen) that run again on the way.
  function restoreDraft() {
    kept.restore();
    if (step === 0) requestAnimationFrame(() => headingRef.current?.focus());
    else goTo(0);
  }

  // The notice and its buttons go with the draft: the focus goes to the step, not the page.
  function discardDraft() {
    kept.discard();
    requestAnimationFrame(() => headingRef.current?.focus());
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit();
  }

  return (
    <FormProvider {...form}>
      <Card>
        <CardHeader className="gap-4">
          <StepIndicator label={label} steps={steps} current={step} canGoBack={!started} onGoTo={goTo} />
          <div className="flex flex-col gap-1">
            <h2 id={headingId} ref={headingRef} tabIndex={-1} className="text-lg font-semibold outline-none">
              Step {step + 1} of {steps.length}: {current.title}
            </h2>
            <p className="text-sm text-muted-foreground">{current.hint}</p>
          </div>
        </CardHeader>
        <CardContent>
          <form onSubmit={submit} onKeyDown={onKeyDown} noValidate className="flex flex-col gap-6">
            {kept.offered && !started && <WizardDraftNotice draft={kept.offered} onRestore={restoreDraft} onDiscard={discardDraft} />}
            {children}
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
              {lastStep ? (
                action
              ) : (
                <Button type="submit">
                  Next
                  <ArrowRight aria-hidden />
                </Button>
              )}
            </div>
          </form>
        </CardContent>
      </Card>
    </FormProvider>
  );
}

interface WizardSubmitProps {
  pending: boolean;
  started: boolean;
  icon: LucideIcon;
  variant?: "destructive";
  children: ReactNode;
}

/** Sends the reviewed orders; blocked while they are on their way and once they have gone. */
export function WizardSubmit({ pending, started, icon: Icon, variant, children }: WizardSubmitProps) {
  return (
    <SubmitButton pending={pending} disabled={started} variant={variant} className="w-auto">
      {!pending && <Icon aria-hidden />}
      {children}
    </SubmitButton>
  );
}

interface WizardDoneActionsProps {
  /** Where the orders just placed are listed, when there is such a list. */
  orders?: { href: string; label: string };
  moreLabel: string;
  onMore: () => void;
  /** When nothing was placed because Lumen or the portal refused it: correct the entries, kept as they are. */
  onCorrect?: (() => void) | null;
}

/** Once every order has its answer: to the orders placed, correct and send again, or start again. */
export function WizardDoneActions({ orders, moreLabel, onMore, onCorrect }: WizardDoneActionsProps) {
  return (
    <div className="flex flex-wrap gap-3">
      {onCorrect && (
        <Button type="button" onClick={onCorrect}>
          <PencilLine aria-hidden />
          Correct and send again
        </Button>
      )}
      {orders && (
        <Button variant="outline" asChild>
          <Link href={orders.href}>{orders.label}</Link>
        </Button>
      )}
      <Button type="button" variant="outline" onClick={onMore}>
        <RotateCcw aria-hidden />
        {moreLabel}
      </Button>
    </div>
  );
}

type WizardFinishProps = Omit<WizardSubmitProps, "pending"> &
  Omit<WizardDoneActionsProps, "onCorrect"> & {
    submission: { pending: boolean; done: boolean; correctable: boolean; reset: () => void };
    /** For "Correct and send again": a new batch key, the way back open on this step. */
    wizard: WizardSteps;
  };

/** The last step's action: send the orders, then, once all are answered, what comes next. */
export function WizardFinish({ submission, wizard, started, icon, variant, children, orders, moreLabel, onMore }: WizardFinishProps) {
  if (submission.done) {
    return <WizardDoneActions orders={orders} moreLabel={moreLabel} onMore={onMore} onCorrect={correctAndSendAgain(submission, wizard, wizard.step)} />;
  }
  return (
    <WizardSubmit pending={submission.pending} started={started} icon={icon} variant={variant}>
      {children}
    </WizardSubmit>
  );
}

/** "Correct and send again" for a batch of which nothing was placed: back to `step`, a new batch key; null otherwise. */
export function correctAndSendAgain(submission: { correctable: boolean; reset: () => void }, wizard: WizardSteps, step: number): (() => void) | null {
  if (!submission.correctable) return null;
  return () => {
    submission.reset();
    wizard.correct(step);
  };
}
