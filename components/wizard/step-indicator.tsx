import { Check } from "lucide-react";
import { cn } from "@/components/ui/cn";

interface StepIndicatorProps {
  /** Names the navigation landmark, e.g. "Reservation steps". */
  label: string;
  steps: readonly { title: string }[];
  current: number;
  /** False once orders are on their way: the answers may no longer change. */
  canGoBack: boolean;
  onGoTo: (index: number) => void;
}

/**
 * Where the user is; every completed step is a button back to it. The numbers give the
 * order: no connecting lines, which dangled at the end of a row once the steps wrapped
 * (a port-in's seven at 1366 px, any wizard's on a phone).
 */
export function StepIndicator({ label, steps, current, canGoBack, onGoTo }: StepIndicatorProps) {
  return (
    <nav aria-label={label}>
      <ol className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        {steps.map((step, index) => {
          const done = index < current;
          const marker = (
            <span
              className={cn(
                "flex size-6 shrink-0 items-center justify-center rounded-full border text-xs font-semibold",
                done && "border-primary bg-primary text-primary-foreground",
                index === current && "border-primary text-primary",
                index > current && "text-muted-foreground",
              )}
            >
              {done ? <Check aria-hidden className="size-3.5" /> : index + 1}
            </span>
          );
          return (
            <li key={step.title} className="flex items-center gap-2">
              {done && canGoBack ? (
                <button
                  type="button"
                  onClick={() => onGoTo(index)}
                  className="flex items-center gap-2 rounded-md px-1 py-0.5 hover:bg-accent"
                >
                  {marker}
                  <span className="font-medium">{step.title}</span>
                  <span className="sr-only">(completed)</span>
                </button>
              ) : (
                <span
                  aria-current={index === current ? "step" : undefined}
                  className={cn("flex items-center gap-2 px-1 py-0.5", index > current && "text-muted-foreground")}
                >
                  {marker}
                  <span className={index === current ? "font-semibold" : undefined}>{step.title}</span>
                  {done && <span className="sr-only">(completed)</span>}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
