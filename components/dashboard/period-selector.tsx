import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { DASHBOARD_PERIODS, PERIOD_LABELS, type DashboardPeriod } from "@/lib/dashboard/dashboard-period";

/** The period as links (?period=…), so it is in the URL, bookmarkable and works without script. */
export function PeriodSelector({ org, period }: { org: string; period: DashboardPeriod }) {
  return (
    <nav aria-label="Period">
      <ul className="inline-flex rounded-md border bg-card p-0.5 shadow-xs">
        {DASHBOARD_PERIODS.map((option) => {
          const current = option === period;
          return (
            <li key={option}>
              <Link
                href={`/${org}?period=${option}`}
                aria-current={current ? "page" : undefined}
                scroll={false}
                className={cn(
                  "inline-flex h-8 items-center rounded px-3 text-sm font-medium transition-colors",
                  current ? "bg-primary text-primary-foreground" : "text-muted-foreground hover:bg-accent hover:text-accent-foreground",
                )}
              >
                {PERIOD_LABELS[option]}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
