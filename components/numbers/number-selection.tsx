"use client";

import type { LucideIcon } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { formatTn } from "@/lib/lumen/telephone-numbers";

// What the reserved and active lists share: picking numbers on the page shown, and the
// buttons that carry the picked numbers to a wizard. The selection covers this page only
// (the lists remount their table per page).

export function useNumberSelection<N extends { tn: string }>(numbers: readonly N[]) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const chosenNumbers = numbers.filter((n) => selected.has(n.tn));
  return {
    chosenNumbers,
    chosen: chosenNumbers.map((n) => n.tn),
    allChosen: numbers.length > 0 && chosenNumbers.length === numbers.length,
    isChosen: (tn: string) => selected.has(tn),
    toggle(tn: string, on: boolean) {
      setSelected((current) => {
        const next = new Set(current);
        if (on) next.add(tn);
        else next.delete(tn);
        return next;
      });
    },
    chooseAll: (on: boolean) => setSelected(on ? new Set(numbers.map((n) => n.tn)) : new Set()),
    clear: () => setSelected(new Set()),
  };
}

export type NumberSelection = ReturnType<typeof useNumberSelection>;

export const SELECTION_TH = "px-3 py-2.5 text-left text-xs font-medium whitespace-nowrap text-muted-foreground";

export function SelectAllHeader({ selection }: { selection: NumberSelection }) {
  return (
    <th scope="col" className={cn(SELECTION_TH, "w-10")}>
      <input
        type="checkbox"
        aria-label="Select every number on this page"
        className="size-4 accent-primary"
        checked={selection.allChosen}
        onChange={(event) => selection.chooseAll(event.target.checked)}
      />
    </th>
  );
}

export function SelectNumberCell({ selection, tn, className }: { selection: NumberSelection; tn: string; className: string }) {
  return (
    <td className={className}>
      <input
        type="checkbox"
        aria-label={formatTn(tn)}
        className="size-4 accent-primary"
        checked={selection.isChosen(tn)}
        onChange={(event) => selection.toggle(tn, event.target.checked)}
      />
    </td>
  );
}

/** A row of a selectable list, shaded while it is picked. */
export function selectableRowClass(selection: NumberSelection, tn: string): string {
  return cn("transition-colors hover:bg-accent/60", selection.isChosen(tn) && "bg-accent/40");
}

/** A button to a wizard that takes the picked numbers; disabled while none are picked. */
export function SelectionLink({
  href,
  enabled,
  icon: Icon,
  label,
  variant,
}: {
  href: string;
  enabled: boolean;
  icon: LucideIcon;
  label: string;
  variant?: "outline";
}) {
  return enabled ? (
    <Button variant={variant} asChild>
      <Link href={href}>
        <Icon aria-hidden />
        {label}
      </Link>
    </Button>
  ) : (
    <Button variant={variant} disabled>
      <Icon aria-hidden />
      {label}
    </Button>
  );
}
