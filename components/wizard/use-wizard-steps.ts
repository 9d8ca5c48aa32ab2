import { useCallback, useEffect, useRef, useState } from "react";

/** Shown when a step's fields do not pass: the fields themselves say what Lumen would refuse. */
export const STEP_INVALID = "Correct the marked fields to go on: where Lumen has a code for the problem, the field shows it.";
/** Shown when the review is sent but an earlier answer no longer passes. */
export const SUBMIT_INVALID = "Something changed that Lumen would refuse: go back and correct it.";

const newBatchKey = () => crypto.randomUUID();

/** Said when the browser's Forward would skip a step's checks. */
export const FORWARD_REFUSED = "Use Next to go on: it checks this step against Lumen's rules first.";
/** Said when the browser's Back would reopen the steps of orders already sent. */
export const SENT_REFUSED = "These orders are sent, so their steps can no longer change. Follow them from the results below, or start again for new ones.";

/** Where a wizard's steps keep their number in the browser's history entries. */
const HISTORY_KEY = "wizardStep";

function stepIn(state: unknown): number {
  const index = typeof state === "object" && state !== null && HISTORY_KEY in state ? (state as Record<string, unknown>)[HISTORY_KEY] : 0;
  return typeof index === "number" && Number.isInteger(index) && index >= 0 ? index : 0;
}

/**
 * Where a wizard is, what stops it going on, and the key of the batch it sends. The key made
 * when the wizard opens names the batch, so a double click never places the orders twice;
 * `startOver` makes a new one.
 *
 * Each step the user moves to is an entry in the browser's history (same address, the
 * step's number in its state), so the browser's Back goes to the step before, with
 * everything typed still there, instead of leaving the wizard and losing it. Next's router
 * keeps its own state in the entries it is given and, on the same address, leaves the page
 * (and the form) mounted.
 *
 * History's Forward goes only as far as the user went with Next since the answers last
 * changed (`answersChanged`): past that it would land on a step whose checks (the 75 %
 * utilization, portability) never saw the change. Once the orders are sent (`holdSteps`)
 * neither way moves: Back would reopen the answers the results are read against. A refused
 * move stays where it is, says why, and makes the entry it landed on name the step shown.
 */
export function useWizardSteps() {
  const [step, setStep] = useState(0);
  const [stepError, setStepError] = useState<string | null>(null);
  const [batchKey, setBatchKey] = useState(newBatchKey);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const navigated = useRef(false);
  const shown = useRef(0);
  /** The furthest step the user went to with Next since the answers last changed. */
  const reached = useRef(0);
  const held = useRef(false);

  // Focus follows the step, so a screen reader announces where the user now is. Not on the
  // first render: opening the page should not jump. A frame later, so that
  // react-hook-form's own focus after a reset does not win.
  useEffect(() => {
    if (!navigated.current) return;
    const frame = requestAnimationFrame(() => headingRef.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [step]);

  function show(index: number) {
    navigated.current = true;
    shown.current = index;
    setStepError(null);
    setStep(index);
  }

  // The wizard opens on its first step, whatever step the entry it opens in names: after a
  // reload that entry still names the step shown before it, and Back to it from the next
  // step would be refused as a Forward past what Next reached.
  useEffect(() => {
    window.history.replaceState({ ...(window.history.state as object | null), [HISTORY_KEY]: 0 }, "");
  }, []);

  useEffect(() => {
    const onPopState = (event: PopStateEvent) => {
      const index = stepIn(event.state);
      const refusal = index === shown.current ? null : held.current ? SENT_REFUSED : index > reached.current ? FORWARD_REFUSED : null;
      if (!refusal) return show(index);
      window.history.replaceState({ ...(event.state as object | null), [HISTORY_KEY]: shown.current }, "");
      setStepError(refusal);
    };
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }, []);

  function goTo(index: number) {
    if (index !== step) window.history.pushState({ [HISTORY_KEY]: index }, "");
    reached.current = Math.max(reached.current, index);
    show(index);
  }

  /** On to the next step when the current one passed; otherwise say why not. */
  function advance(valid: boolean) {
    if (valid) goTo(step + 1);
    else setStepError(STEP_INVALID);
  }

  function startOver() {
    setBatchKey(newBatchKey());
    reached.current = 0;
    goTo(0);
  }

  /**
   * After a batch of which nothing was placed: the same entries, a new batch key (the
   * refused orders keep the old keys, which would only find them again), back to `index`
   * with the way back open, to correct and send again.
   */
  function correct(index: number) {
    setBatchKey(newBatchKey());
    if (index !== step) goTo(index);
    else requestAnimationFrame(() => headingRef.current?.focus());
  }

  /** Orders are on their way or answered: the browser's history no longer moves between the steps. */
  const holdSteps = useCallback((hold: boolean) => {
    held.current = hold;
  }, []);

  /**
   * An answer changed: the steps after this one check it again, so Forward may not skip to
   * them; and what stopped the wizard may no longer hold, so its message goes until Next
   * or the send says it again.
   */
  const answersChanged = useCallback(() => {
    reached.current = shown.current;
    setStepError(null);
  }, []);

  return { step, stepError, setStepError, headingRef, goTo, advance, batchKey, startOver, correct, holdSteps, answersChanged };
}

export type WizardSteps = ReturnType<typeof useWizardSteps>;
