"use client";

import { usePathname, useRouter } from "next/navigation";
import { useTransition, type FormEvent } from "react";

/**
 * A list's filter form whose state lives in the URL, so back/forward and shared links
 * show the same list. Without JavaScript the form is a plain GET form; with it, `apply`
 * leaves empty fields out of the address and navigates in a transition (`pending`).
 */
export function useUrlFilterForm() {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget)) {
      if (typeof value === "string" && value.trim() !== "") params.set(key, value.trim());
    }
    const query = params.toString();
    startTransition(() => router.push(query ? `${pathname}?${query}` : pathname));
  }

  return { pathname, pending, apply };
}
