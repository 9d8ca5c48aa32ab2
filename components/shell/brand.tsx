import { Phone } from "lucide-react";
import Link from "next/link";
import { cn } from "@/components/ui/cn";

interface BrandProps {
  href: string;
  /** Hide the wordmark below lg, where the sidebar is an icon rail. */
  compact?: boolean;
  onNavigate?: () => void;
}

export function Brand({ href, compact, onNavigate }: BrandProps) {
  return (
    <Link
      href={href}
      onClick={onNavigate}
      className={cn("flex h-9 items-center gap-2 rounded-md px-2 font-semibold", compact && "max-lg:justify-center")}
    >
      <span className="flex size-7 shrink-0 items-center justify-center rounded-md bg-primary text-primary-foreground">
        <Phone aria-hidden className="size-4" />
      </span>
      <span className={cn(compact && "max-lg:sr-only")}>Voice Portal</span>
    </Link>
  );
}
