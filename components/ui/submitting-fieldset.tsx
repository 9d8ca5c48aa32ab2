"use client";

import { useLayoutEffect, useRef, type ComponentProps } from "react";

/**
 * A form's fields, disabled while the form is being sent so that nothing is typed into a
 * request already on its way. Disabling the control that has the focus (the field where
 * Enter was pressed, the button pressed) drops the focus to the page: a keyboard user's
 * next Tab would start again at the top. The focus goes back to that control once the
 * fields are enabled again, unless something else took it meanwhile (an error's field).
 */
export function SubmittingFieldset({ disabled, onFocus, ...props }: ComponentProps<"fieldset"> & { disabled: boolean }) {
  // The last control focused in here: the browser moves the focus off it as soon as it is disabled.
  const lastFocused = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    if (disabled) return;
    const element = lastFocused.current;
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (element?.isConnected && lost) element.focus();
  }, [disabled]);
  return (
    <fieldset
      disabled={disabled}
      onFocus={(event) => {
        lastFocused.current = event.target;
        onFocus?.(event);
      }}
      {...props}
    />
  );
}
