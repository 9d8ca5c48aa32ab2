import type { KeyboardEvent } from "react";

/**
 * Text boxes submit a form on Enter by themselves; this makes Enter on a select, radio or
 * checkbox move a wizard forward too, so it can be walked with the keyboard alone.
 */
export function submitOnEnterInChoices(event: KeyboardEvent<HTMLFormElement>): void {
  const target = event.target;
  if (event.key !== "Enter" || event.nativeEvent.isComposing) return;
  const choice =
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLInputElement && (target.type === "radio" || target.type === "checkbox"));
  if (!choice) return;
  event.preventDefault();
  event.currentTarget.requestSubmit();
}
