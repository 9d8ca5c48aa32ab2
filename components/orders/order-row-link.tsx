"use client";

import { useRouter } from "next/navigation";
import type { MouseEvent, ReactNode } from "react";
import { cn } from "@/components/ui/cn";

// A table row that opens the order when clicked anywhere. Keyboard and screen-reader users
// use the real link in the row's first cell; this only widens the mouse target.
export function OrderRowLink({ href, className, children }: { href: string; className?: string; children: ReactNode }) {
  const router = useRouter();

  function open(event: MouseEvent<HTMLTableRowElement>) {
    const target = event.target as HTMLElement;
    // Links and buttons in the row do their own thing; a text selection is not a click.
    if (target.closest("a, button") || window.getSelection()?.toString()) return;
    if (event.metaKey || event.ctrlKey) window.open(href, "_blank", "noopener");
    else router.push(href);
  }

  return (
    <tr onClick={open} className={cn("cursor-pointer", className)}>
      {children}
    </tr>
  );
}
