import { ChevronLeft, ChevronRight } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { monthLabel, shiftMonth } from "@/lib/reports/usage-month";

interface MonthPickerProps {
  basePath: string;
  /** The month shown, or null when the address named one that cannot be read. */
  month: string | null;
  /** What the address said, kept in the field so it can be corrected. */
  typed: string;
  currentMonth: string;
  error?: string;
}

/**
 * The report's month as links to the months around it and a month field, all in the
 * address (?month=YYYY-MM): bookmarkable, and it works without script. A browser without
 * a month control shows a text field, which the same pattern checks.
 */
export function MonthPicker({ basePath, month, typed, currentMonth, error }: MonthPickerProps) {
  const shown = month ?? currentMonth;
  const previous = shiftMonth(shown, -1);
  const next = shiftMonth(shown, 1);
  const errorId = "usage-month-error";
  return (
    <nav aria-label="Month" className="flex flex-wrap items-end gap-3">
      <Button variant="outline" size="sm" asChild>
        <Link href={`${basePath}?month=${previous}`} scroll={false}>
          <ChevronLeft aria-hidden />
          {monthLabel(previous)}
        </Link>
      </Button>
      <form method="get" action={basePath} className="flex flex-wrap items-end gap-2">
        <div className="flex flex-col gap-1.5">
          <label htmlFor="usage-month" className="text-sm font-medium">
            Month (UTC)
          </label>
          <Input
            id="usage-month"
            name="month"
            type="month"
            defaultValue={typed}
            min="2000-01"
            max={currentMonth}
            pattern="\d{4}-\d{2}"
            placeholder="YYYY-MM"
            required
            className="w-44"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
          />
        </div>
        <Button type="submit" variant="outline">
          Show
        </Button>
      </form>
      {next <= currentMonth ? (
        <Button variant="outline" size="sm" asChild>
          <Link href={`${basePath}?month=${next}`} scroll={false}>
            {monthLabel(next)}
            <ChevronRight aria-hidden />
          </Link>
        </Button>
      ) : (
        <p className="pb-1.5 text-sm text-muted-foreground">{monthLabel(shown)} is the current month.</p>
      )}
      {error && (
        <p id={errorId} role="alert" className="basis-full text-sm text-destructive">
          {error}
        </p>
      )}
    </nav>
  );
}
