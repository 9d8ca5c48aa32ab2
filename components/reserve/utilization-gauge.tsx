import { cn } from "@/components/ui/cn";
import type { RateCenterUtilization } from "./reserve-api";

const THRESHOLD = 75;

/** Active share of the numbers held in a rate center, with Lumen's 75 % line marked. */
export function UtilizationGauge({ utilization, label }: { utilization: RateCenterUtilization; label: string }) {
  const percent = Math.max(0, Math.min(100, utilization.utilizationPercent));
  const held = utilization.reservedCount + utilization.activeCount;
  return (
    <div className="flex flex-col gap-1.5">
      <div
        role="meter"
        aria-label={`Utilization in ${label}`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent} % in use; 75 % needed to order more`}
        className="relative h-3 w-full overflow-visible rounded-full bg-muted"
      >
        <div
          className={cn(
            "h-full rounded-full",
            utilization.canOrderMore ? "bg-emerald-500 dark:bg-emerald-400" : "bg-amber-500 dark:bg-amber-400",
          )}
          style={{ width: `${percent}%` }}
        />
        <div aria-hidden className="absolute -top-1 -bottom-1 w-0.5 bg-foreground" style={{ left: `${THRESHOLD}%` }} />
      </div>
      <div className="relative h-4 text-xs text-muted-foreground">
        <span>
          {held === 0
            ? "You hold no numbers here yet."
            : `${utilization.activeCount.toLocaleString()} active · ${utilization.reservedCount.toLocaleString()} reserved, not in use · ${held.toLocaleString()} held`}
        </span>
        <span aria-hidden className="absolute hidden -translate-x-1/2 sm:inline" style={{ left: `${THRESHOLD}%` }}>
          75 %
        </span>
      </div>
    </div>
  );
}
