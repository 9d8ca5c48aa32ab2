import { CircleAlert, CircleCheck, CircleMinus } from "lucide-react";
import { cn } from "@/components/ui/cn";
import type { ChecklistItem, ChecklistState } from "@/lib/dashboard/cut-over-checklist";

const STATE = {
  done: { icon: CircleCheck, word: "Done", className: "text-emerald-700 dark:text-emerald-300" },
  attention: { icon: CircleAlert, word: "Needs attention", className: "text-amber-700 dark:text-amber-300" },
  not_applicable: { icon: CircleMinus, word: "Not applicable", className: "text-muted-foreground" },
} satisfies Record<ChecklistState, unknown>;

/** A port's cut-over checklist; each item's state in words as well as colour. */
export function CutOverChecklistList({ items, label }: { items: ChecklistItem[]; label: string }) {
  return (
    <ul aria-label={label} className="flex flex-col gap-1.5 text-sm">
      {items.map((item) => {
        const state = STATE[item.state];
        const Icon = state.icon;
        return (
          <li key={item.item} className="flex gap-2">
            <Icon aria-hidden className={cn("mt-0.5 size-4 shrink-0", state.className)} />
            <span>
              <span className="font-medium">{item.label}</span>
              <span className={cn("ml-1.5 text-xs font-medium", state.className)}>{state.word}</span>
              <span className="block text-muted-foreground">{item.detail}</span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
