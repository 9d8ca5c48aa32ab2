import { CircleCheck, CircleHelp, CircleX, Unlink, type LucideIcon } from "lucide-react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import type { NotificationOutcome } from "@/lib/db/generated/enums";
import { OUTCOME_INFO } from "./notification-labels";

const BADGE: Record<NotificationOutcome, { tone: BadgeTone; icon: LucideIcon; extra?: string }> = {
  applied: { tone: "success", icon: CircleCheck },
  unmatched: { tone: "warning", icon: Unlink },
  unknown_code: { tone: "info", icon: CircleHelp },
  malformed: {
    tone: "neutral",
    icon: CircleX,
    extra: "border-red-300 bg-red-50 text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200",
  },
};

/** What ingestion made of a notification, in words with a colour; the meaning is in the title for hover. */
export function NotificationOutcomeBadge({ outcome, className }: { outcome: NotificationOutcome; className?: string }) {
  const info = OUTCOME_INFO[outcome];
  const { tone, icon: Icon, extra } = BADGE[outcome];
  return (
    <Badge tone={tone} title={info.meaning} className={cn(extra, className)}>
      <Icon aria-hidden />
      {info.label}
    </Badge>
  );
}
