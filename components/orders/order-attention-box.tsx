import { CircleAlert, CircleDashed, CircleX, Hourglass, type LucideIcon } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import type { OrderDetail } from "@/lib/orders/get-order-or-throw";

type Tone = "danger" | "attention";

interface Attention {
  tone: Tone;
  icon: LucideIcon;
  title: string;
  nextStep: ReactNode;
}

function attentionFor(order: OrderDetail, org: string): Attention | null {
  switch (order.status) {
    case "rejected":
      return {
        tone: "danger",
        icon: CircleX,
        title: "Lumen rejected this order",
        nextStep: "Nothing changed at Lumen. Correct what Lumen's message points at and place a new order.",
      };
    case "failed":
      return {
        tone: "danger",
        icon: CircleAlert,
        title: "This order did not go through",
        nextStep: order.placedAgainAs ? (
          <>
            It was placed again as a new order:{" "}
            <Link href={`/${org}/orders/${order.placedAgainAs}`} className="font-medium underline underline-offset-4">
              open the new order
            </Link>
            .
          </>
        ) : (
          <>
            Nothing was placed at Lumen, so it is safe to send it again: <strong>Place it again</strong> below sends the
            same request as a new order.
          </>
        ),
      };
    case "unconfirmed":
      return {
        tone: "attention",
        icon: CircleDashed,
        title: "Lumen has not confirmed receipt",
        nextStep: (
          <>
            Do not place the order again yet: it may have arrived. Press <strong>Check with Lumen</strong>. If Lumen has
            it, the order carries on here; if Lumen certainly has no such order, it is marked failed and can be placed
            again safely.
          </>
        ),
      };
    case "awaiting_approval":
      return {
        tone: "attention",
        icon: Hourglass,
        title: "Waiting for your approval",
        nextStep:
          "Lumen cannot fill this reservation at once and offers a backorder. It expires 4 hours after Lumen's offer unless approved.",
      };
    default:
      return null;
  }
}

const TONES: Record<Tone, string> = {
  danger: "border-red-300 bg-red-50 text-red-950 dark:border-red-800 dark:bg-red-950/60 dark:text-red-100",
  attention: "border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950/60 dark:text-amber-100",
};

/** The prominent box at the top of an order that needs someone to understand or act. */
export function OrderAttentionBox({ order, org }: { order: OrderDetail; org: string }) {
  const attention = attentionFor(order, org);
  if (!attention) return null;
  const { icon: Icon, tone, title, nextStep } = attention;
  const showLumen = order.lumenCode !== null || order.lumenMessage;

  return (
    <section
      aria-labelledby="order-attention-title"
      role={tone === "danger" ? "alert" : undefined}
      className={cn("flex gap-3 rounded-lg border px-5 py-4", TONES[tone])}
    >
      <Icon aria-hidden className="mt-0.5 size-5 shrink-0" />
      <div className="flex min-w-0 flex-col gap-2 text-sm">
        <h2 id="order-attention-title" className="text-base font-semibold">
          {title}
        </h2>
        {showLumen && (
          <p>
            {order.lumenCode !== null && (
              <span className="mr-2 rounded border border-current/30 bg-white/60 px-1.5 py-0.5 font-mono text-xs dark:bg-black/20">
                Lumen code {order.lumenCode}
              </span>
            )}
            {order.lumenMessage}
          </p>
        )}
        {order.statusReason && <p>{order.statusReason}</p>}
        <p className="opacity-90">
          <span className="font-medium">What to do: </span>
          {nextStep}
        </p>
      </div>
    </section>
  );
}
