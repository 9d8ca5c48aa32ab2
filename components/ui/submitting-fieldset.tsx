"use client";

import { useLayoutEffect, useRef, type ComponentProps } from "react";

/**
 * A form's fields, disabled while the form is being sent so that nothing is typed into a
 * request already on its way. Disabling the control that has the focus (the field where
 * Enter was pressed, the button pressed) drops the focus to the page: a keyboard user's
 * next Tab would start again at the top. The focus goes back to that control once the
 * fields are enabled again, unless something else took it meanwhile (an error's field).
 */
export function SubmittingFieldset({ disabled, ...props }: ComponentProps<"fieldset"> & { disabled: boolean }) {
  const fieldset = useRef<HTMLFieldSetElement>(null);
  const focused = useRef<HTMLElement | null>(null);
  // Layout effects run before the browser moves the focus off a control just disabled.
  useLayoutEffect(() => {
    if (disabled) {
      const active = document.activeElement;
      focused.current = active instanceof HTMLElement && fieldset.current?.contains(active) ? active : null;
      return;
    }
    const element = focused.current;
    focused.current = null;
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (element?.isConnected && lost) element.focus();
  }, [disabled]);
  return <fieldset ref={fieldset} disabled={disabled} {...props} />;
}
