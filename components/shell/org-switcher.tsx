"use client";

import { Check, ChevronsUpDown } from "lucide-react";
import Link from "next/link";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import type { PortalContext } from "@/lib/tenancy/portal-context";
import { ROLE_LABELS } from "@/lib/tenancy/roles";

interface OrgSwitcherProps {
  current: { slug: string; name: string };
  memberships: PortalContext["memberships"];
}

export function OrgSwitcher({ current, memberships }: OrgSwitcherProps) {
  // Nothing to switch to: a menu with one entry would only be a detour.
  if (memberships.length <= 1) {
    // A long name is cut to fit the header; the whole of it shows on hover.
    return (
      <span className="min-w-20 truncate text-sm font-semibold" title={current.name}>
        {current.name}
      </span>
    );
  }

  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        aria-label="Switch organization"
        className="flex h-9 max-w-64 min-w-20 items-center gap-2 rounded-md px-2 text-sm font-semibold hover:bg-accent data-[state=open]:bg-accent"
      >
        <span className="truncate" title={current.name}>
          {current.name}
        </span>
        <ChevronsUpDown aria-hidden className="size-4 shrink-0 text-muted-foreground" />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start" className="w-72">
        <DropdownMenuLabel>Organizations</DropdownMenuLabel>
        {memberships.map((membership) => {
          const isCurrent = membership.orgSlug === current.slug;
          return (
            // Real links: they can be opened in a new tab, and Radix follows them on Enter.
            <DropdownMenuItem key={membership.orgSlug} asChild className="pl-8">
              <Link href={`/${membership.orgSlug}`} aria-current={isCurrent ? "true" : undefined}>
                <span className="absolute left-2 flex size-4 items-center justify-center">
                  {isCurrent && <Check aria-hidden />}
                </span>
                <span className="flex min-w-0 flex-col">
                  <span className="truncate">{membership.orgName}</span>
                  <span className="truncate text-xs text-muted-foreground">
                    {ROLE_LABELS[membership.role]}
                    {membership.subAccountName && ` · ${membership.subAccountName}`}
                  </span>
                </span>
              </Link>
            </DropdownMenuItem>
          );
        })}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
