"use client";

import { formatUtcMinute } from "@/lib/dates/format-dates";
import { format, formatDistanceStrict } from "date-fns";
import { useSyncExternalStore } from "react";
import { cn } from "@/components/ui/cn";
import { Tooltip } from "@/components/ui/tooltip";

// "5 minutes ago" with the exact local time on hover. The server does not know the reader's
// clock or time zone, so it renders the UTC time and the browser takes over after hydration.

function subscribeToMinutes(onTick: () => void) {
  const timer = setInterval(onTick, 30_000);
  return () => clearInterval(timer);
}
const currentMinute = () => Math.floor(Date.now() / 60_000);
const onServer = () => null;

export function OrderTime({ value, mode = "relative" }: { value: string; mode?: "relative" | "absolute" }) {
  const minute = useSyncExternalStore(subscribeToMinutes, currentMinute, onServer);
  const date = new Date(value);
  if (minute === null) {
    return <time dateTime={value}>{formatUtcMinute(date)}</time>;
  }
  const absolute = format(date, "EEE d MMM yyyy, HH:mm:ss (xxx)");
  const now = minute * 60_000;
  const relative =
    now - date.getTime() < 60_000 ? "just now" : formatDistanceStrict(date, now, { addSuffix: true, roundingMethod: "floor" });
  const shown = mode === "relative" ? relative : absolute;
  const hint = mode === "relative" ? absolute : `${relative} · ${formatUtcMinute(date)}`;
  return (
    <Tooltip content={hint}>
      {/* The long absolute form may wrap: in a narrow column it ran into the next one. */}
      <time
        dateTime={value}
        className={cn("cursor-default underline decoration-dotted decoration-muted-foreground/50 underline-offset-4", mode === "relative" && "whitespace-nowrap")}
      >
        {shown}
      </time>
    </Tooltip>
  );
}
