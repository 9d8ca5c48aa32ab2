"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { ThemeProvider } from "next-themes";
import { useState, type ReactNode } from "react";
import { Toaster } from "@/components/ui/toaster";

// One QueryClient per browser tab (useState, not a module global, so server renders of
// different users never share a cache).
function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Server components prefetch; don't refetch the same data right after hydration.
        staleTime: 30_000,
        // One retry smooths over a blip; more would hide a real outage from the operator.
        retry: 1,
        refetchOnWindowFocus: true,
      },
      // An order must never be sent twice behind the user's back.
      mutations: { retry: false },
    },
  });
}

export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);

  return (
    <ThemeProvider attribute="class" defaultTheme="system" enableSystem disableTransitionOnChange>
      <QueryClientProvider client={queryClient}>
        {children}
        <Toaster />
      </QueryClientProvider>
    </ThemeProvider>
  );
}
