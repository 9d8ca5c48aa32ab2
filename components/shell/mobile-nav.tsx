"use client";

import { Menu, X } from "lucide-react";
import { Dialog } from "radix-ui";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { Role } from "@/lib/tenancy/roles";
import { Brand } from "./brand";
import { GoToBox } from "./go-to-box";
import { SidebarNav } from "./sidebar-nav";

interface MobileNavProps {
  org: string;
  role: Role;
  isSubAccountUser: boolean;
}

// Below the md breakpoint the sidebar leaves the page and opens as a drawer, with the
// header's "Go to" box at its top. Radix's dialog traps focus inside while open and
// returns it to the menu button on close.
export function MobileNav({ org, role, isSubAccountUser }: MobileNavProps) {
  const [open, setOpen] = useState(false);

  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger asChild>
        <Button variant="ghost" size="icon" className="md:hidden" aria-label="Open navigation">
          <Menu aria-hidden />
        </Button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <Dialog.Content
          aria-describedby={undefined}
          className="fixed inset-y-0 left-0 z-50 flex w-72 max-w-[85vw] flex-col gap-4 overflow-y-auto border-r bg-sidebar p-3 shadow-xl"
        >
          <div className="flex items-center justify-between">
            <Dialog.Title className="sr-only">Navigation</Dialog.Title>
            <Brand href={`/${org}`} onNavigate={() => setOpen(false)} />
            <Dialog.Close asChild>
              <Button variant="ghost" size="icon" aria-label="Close navigation">
                <X aria-hidden />
              </Button>
            </Dialog.Close>
          </div>
          <GoToBox org={org} className="block" onGo={() => setOpen(false)} />
          <SidebarNav
            org={org}
            role={role}
            isSubAccountUser={isSubAccountUser}
            variant="drawer"
            onNavigate={() => setOpen(false)}
          />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
