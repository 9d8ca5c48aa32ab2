"use client";

import { useTheme } from "next-themes";
import { Toaster as Sonner } from "sonner";

// Sonner does not read next-themes by itself; hand it the resolved theme.
export function Toaster() {
  const { resolvedTheme } = useTheme();
  return (
    <Sonner
      theme={resolvedTheme === "dark" ? "dark" : "light"}
      position="bottom-right"
      richColors
      closeButton
    />
  );
}
