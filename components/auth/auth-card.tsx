import { Phone } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

interface AuthCardProps {
  title: string;
  description: ReactNode;
  /** The setup form is long and two-column; sign-in is a narrow card. */
  width?: "narrow" | "wide";
  children: ReactNode;
}

// The frame for the pages a visitor sees before the portal: product name, one heading, the form.
export function AuthCard({ title, description, width = "narrow", children }: AuthCardProps) {
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center gap-6 px-4 py-10">
      <div className="flex items-center gap-2 font-semibold">
        <span className="flex size-8 items-center justify-center rounded-md bg-primary text-primary-foreground">
          <Phone aria-hidden className="size-4" />
        </span>
        Voice Portal
      </div>
      <div
        className={cn(
          "w-full rounded-xl border bg-card p-6 text-card-foreground shadow-sm sm:p-8",
          width === "narrow" ? "max-w-sm" : "max-w-3xl",
        )}
      >
        <div className="mb-6 flex flex-col gap-1">
          <h1 className="text-xl font-semibold tracking-tight">{title}</h1>
          <p className="text-sm text-muted-foreground">{description}</p>
        </div>
        {children}
      </div>
    </main>
  );
}
