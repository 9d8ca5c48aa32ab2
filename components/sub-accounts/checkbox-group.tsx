"use client";

import { useId, type ReactNode } from "react";

interface CheckboxGroupProps {
  legend: string;
  description?: string;
  error?: string;
  options: Array<{ value: string; label: string }>;
  value: string[];
  onChange(next: string[]): void;
  /** Shown instead of the boxes when there is nothing to choose from. */
  empty?: ReactNode;
}

/** A set of choices as one value (an array), announced as one group with its help text or error. */
export function CheckboxGroup({ legend, description, error, options, value, onChange, empty }: CheckboxGroupProps) {
  const id = useId();
  const describedBy = error ? `${id}-error` : description ? `${id}-description` : undefined;
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={describedBy}>
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      {options.length === 0 ? (
        <div className="text-sm text-muted-foreground">{empty}</div>
      ) : (
        <div className="flex flex-wrap gap-x-5 gap-y-2">
          {options.map((option) => (
            <label key={option.value} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                className="size-4 accent-primary"
                checked={value.includes(option.value)}
                onChange={(event) =>
                  onChange(event.target.checked ? [...value, option.value] : value.filter((chosen) => chosen !== option.value))
                }
              />
              {option.label}
            </label>
          ))}
        </div>
      )}
      {error ? (
        <p id={`${id}-error`} className="text-sm text-destructive">
          {error}
        </p>
      ) : (
        description && (
          <p id={`${id}-description`} className="text-xs text-muted-foreground">
            {description}
          </p>
        )
      )}
    </fieldset>
  );
}
