"use client";

import { Search } from "lucide-react";
import Form from "next/form";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/input";
import { ORDER_SEARCH_MAX_LENGTH } from "@/lib/orders/list-orders-schema";

/** Where "/" is typed as text, not pressed as the shortcut. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

/**
 * "Go to" in the header: a number or an order id typed from any page ("/" to get there
 * from the keyboard) opens its page; anything else searches the orders list
 * (lib/search/go-to-target.ts decides).
 */
export function GoToBox({ org, className = "hidden md:block", onGo }: { org: string; className?: string; onGo?: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
  // The header stays while pages change under it: once the page asked for is there, the
  // box empties and lets go of the focus, so "/" goes to it afresh.
  const pathname = usePathname();
  useEffect(() => {
    if (!input.current) return;
    input.current.value = "";
    input.current.blur();
  }, [pathname]);

  return (
    <Form action={`/${org}/go`} role="search" aria-label="Go to" className={cn("relative", className)} onSubmit={onGo}>
      <Search aria-hidden className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground" />
      <Input
        ref={input}
        type="search"
        name="q"
        required
        maxLength={ORDER_SEARCH_MAX_LENGTH}
        aria-label="Go to a number or order"
        aria-keyshortcuts="/"
        placeholder="Number or order ID"
        title="A telephone number, or a voice, external or portal order ID. Press / to come here."
        autoComplete="off"
        spellCheck={false}
        className="peer pr-7 pl-8 md:w-44 xl:w-64"
        onKeyDown={(event) => {
          if (event.key === "Escape") event.currentTarget.blur();
        }}
      />
      <kbd
        aria-hidden
        className="pointer-events-none absolute top-1/2 right-2 -translate-y-1/2 rounded border px-1 font-sans text-xs text-muted-foreground peer-focus:hidden peer-[:not(:placeholder-shown)]:hidden"
      >
        /
      </kbd>
    </Form>
  );
}
