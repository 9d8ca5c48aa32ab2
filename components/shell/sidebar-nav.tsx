"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useId, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { Tooltip } from "@/components/ui/tooltip";
import type { Role } from "@/lib/tenancy/roles";
import { navHref, visibleNavGroups, type NavItem } from "./nav-items";

interface SidebarNavProps {
  org: string;
  role: Role;
  isSubAccountUser: boolean;
  /** "rail" shrinks to icons below the lg breakpoint; "drawer" always shows labels. */
  variant: "rail" | "drawer";
  /** Called after a link is followed, so a drawer can close itself. */
  onNavigate?: () => void;
}

export function SidebarNav({ org, role, isSubAccountUser, variant, onNavigate }: SidebarNavProps) {
  const pathname = usePathname();
  const groups = visibleNavGroups(role, isSubAccountUser);

  return (
    <nav aria-label="Main" className="flex flex-col gap-4">
      {groups.map((group) => (
        <NavGroupList key={group.label} label={group.label} variant={variant}>
          {group.items.map((item) => {
            const href = navHref(org, item.segment);
            // The dashboard is active only on itself; the others also on their sub-pages.
            const active = pathname === href || (item.segment !== "" && pathname.startsWith(`${href}/`));
            return (
              <li key={item.segment}>
                <NavLink item={item} href={href} active={active} variant={variant} onNavigate={onNavigate} />
              </li>
            );
          })}
        </NavGroupList>
      ))}
    </nav>
  );
}

function NavGroupList({
  label,
  variant,
  children,
}: {
  label: string;
  variant: SidebarNavProps["variant"];
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <div
      className={cn(
        "flex flex-col gap-1",
        // In the icon rail the group names are for screen readers only; a rule separates groups.
        variant === "rail" && "max-lg:border-t max-lg:pt-3 max-lg:first:border-t-0 max-lg:first:pt-0",
      )}
    >
      <p
        id={headingId}
        className={cn(
          "px-3 text-xs font-medium tracking-wide text-muted-foreground uppercase",
          variant === "rail" && "max-lg:sr-only",
        )}
      >
        {label}
      </p>
      <ul aria-labelledby={headingId} className="flex flex-col gap-0.5">
        {children}
      </ul>
    </div>
  );
}

function NavLink({
  item,
  href,
  active,
  variant,
  onNavigate,
}: {
  item: NavItem;
  href: string;
  active: boolean;
  variant: SidebarNavProps["variant"];
  onNavigate?: () => void;
}) {
  const Icon = item.icon;
  const link = (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      onClick={onNavigate}
      className={cn(
        "flex h-9 items-center gap-3 rounded-md px-3 text-sm font-medium transition-colors",
        variant === "rail" && "max-lg:justify-center max-lg:px-0",
        active
          ? "bg-accent text-accent-foreground"
          : "text-muted-foreground hover:bg-accent/60 hover:text-foreground",
      )}
    >
      <Icon aria-hidden className={cn("size-4 shrink-0", active && "text-primary")} />
      <span className={cn(variant === "rail" && "max-lg:sr-only")}>{item.label}</span>
    </Link>
  );

  if (variant === "drawer") return link;
  // In the icon rail the label is only for screen readers; sighted users get a tooltip.
  return (
    <Tooltip content={item.label} side="right" className="lg:hidden">
      {link}
    </Tooltip>
  );
}
