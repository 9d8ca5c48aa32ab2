"use client";

import { useTheme } from "next-themes";
import { Toaster as Sonner } from "sonner";

// Sonner does not read next-themes by itself; hand it the resolved theme. No rich colors:
// its green and red text on tinted backgrounds falls short of WCAG AA contrast (axe);
// the icon tells the kind of message.
export function Toaster() {
  const { resolvedTheme } = useTheme();
  return (
    <Sonner
      theme={resolvedTheme === "dark" ? "dark" : "light"}
      position="bottom-right"
      closeButton
    />
  );
}
