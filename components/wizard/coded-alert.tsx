import { CircleX, TriangleAlert } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

const TONES = {
  danger: "border-red-300 bg-red-50 text-red-950 dark:border-red-800 dark:bg-red-950/60 dark:text-red-100",
  attention: "border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950/60 dark:text-amber-100",
} as const;

/** A boxed problem with its code in a monospace tag, as on the order and settings pages. */
export function CodedAlert({
  tone,
  title,
  code,
  children,
  role,
}: {
  tone: keyof typeof TONES;
  title: string;
  code?: string | null;
  children?: ReactNode;
  role?: "alert";
}) {
  const Icon = tone === "danger" ? CircleX : TriangleAlert;
  return (
    <div role={role} className={cn("flex gap-3 rounded-md border px-4 py-3 text-sm", TONES[tone])}>
      <Icon aria-hidden className="mt-0.5 size-4 shrink-0" />
      <div className="flex min-w-0 flex-col gap-1">
        <p className="font-semibold">
          {code && <CodeTag>{code}</CodeTag>}
          {title}
        </p>
        {children}
      </div>
    </div>
  );
}

export function CodeTag({ children }: { children: ReactNode }) {
  return (
    <span className="mr-2 rounded border border-current/30 bg-white/60 px-1.5 py-0.5 font-mono text-xs font-normal dark:bg-black/20">
      {children}
    </span>
  );
}
