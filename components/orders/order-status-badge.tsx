import {
  CircleAlert,
  CircleCheck,
  CircleDashed,
  CircleSlash,
  CircleX,
  Clock,
  Hourglass,
  LoaderCircle,
  Send,
  type LucideIcon,
} from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import type { OrderStatus } from "@/lib/db/generated/enums";
import { ORDER_STATUS_INFO, type StatusTone } from "./order-labels";

const TONE_CLASS: Record<StatusTone, { badge: "neutral" | "info" | "warning" | "success"; extra?: string }> = {
  neutral: { badge: "neutral" },
  info: { badge: "info" },
  progress: {
    badge: "info",
    extra: "border-indigo-300 bg-indigo-50 text-indigo-800 dark:border-indigo-700 dark:bg-indigo-950 dark:text-indigo-200",
  },
  attention: { badge: "warning" },
  success: { badge: "success" },
  danger: {
    badge: "neutral",
    extra: "border-red-300 bg-red-50 text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200",
  },
};

const ICONS: Record<OrderStatus, LucideIcon> = {
  submitting: Send,
  unconfirmed: CircleDashed,
  accepted: Clock,
  in_progress: LoaderCircle,
  awaiting_approval: Hourglass,
  completed: CircleCheck,
  rejected: CircleX,
  failed: CircleAlert,
  cancelled: CircleSlash,
};

/** The status in words with a colour by state; the meaning is in the title for hover. */
export function OrderStatusBadge({ status, className }: { status: OrderStatus; className?: string }) {
  const info = ORDER_STATUS_INFO[status];
  const tone = TONE_CLASS[info.tone];
  const Icon = ICONS[status];
  return (
    <Badge tone={tone.badge} title={info.meaning} className={cn(tone.extra, className)}>
      <Icon aria-hidden />
      {info.label}
    </Badge>
  );
}
