import Link from "next/link";
import { cn } from "@/components/ui/cn";

const TABS = [
  { key: "reserved", label: "Reserved", segment: "" },
  { key: "active", label: "Active", segment: "/active" },
] as const;

/** Reserved | Active: the two lists of the Numbers page, as links so each has its own address. */
export function NumbersTabs({ org, current }: { org: string; current: (typeof TABS)[number]["key"] }) {
  return (
    <nav aria-label="Numbers lists" className="flex w-fit gap-1 rounded-lg border bg-muted/50 p-1 text-sm">
      {TABS.map((tab) => {
        const isCurrent = tab.key === current;
        return (
          <Link
            key={tab.key}
            href={`/${org}/numbers${tab.segment}`}
            aria-current={isCurrent ? "page" : undefined}
            className={cn(
              "rounded-md px-3 py-1.5 font-medium text-muted-foreground transition-colors hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none",
              isCurrent && "bg-card text-foreground shadow-xs",
            )}
          >
            {tab.label}
          </Link>
        );
      })}
    </nav>
  );
}
