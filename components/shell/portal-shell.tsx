import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { TooltipProvider } from "@/components/ui/tooltip";
import type { PortalContext } from "@/lib/tenancy/portal-context";
import { Brand } from "./brand";
import { FocusAfterNavigation } from "./focus-after-navigation";
import { PortalHeader } from "./portal-header";
import { SidebarNav } from "./sidebar-nav";

// The frame around every portal page: sidebar (drawer below md, icon rail md–lg, full from
// lg), header, and the main landmark the skip link jumps to.
export function PortalShell({ context, children }: { context: PortalContext; children: ReactNode }) {
  const { organization } = context;
  const sandbox = organization.environment === "sandbox";

  return (
    <TooltipProvider delayDuration={300}>
      <FocusAfterNavigation />
      <a
        href="#main"
        className="sr-only rounded-md bg-primary text-sm font-medium text-primary-foreground shadow-lg focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50 focus:px-4 focus:py-2"
      >
        Skip to content
      </a>
      {/* A stripe across the top in the sandbox, so test and live never look alike. */}
      <div
        aria-hidden
        className={cn("fixed inset-x-0 top-0 z-40 h-1", sandbox ? "bg-amber-400" : "bg-transparent")}
      />
      <div className="flex min-h-dvh">
        <aside className="sticky top-0 hidden h-dvh w-16 shrink-0 flex-col gap-4 overflow-y-auto border-r bg-sidebar p-3 md:flex lg:w-60">
          <Brand href={`/${organization.slug}`} compact />
          <SidebarNav
            org={organization.slug}
            role={context.role}
            isSubAccountUser={context.subAccount !== null}
            variant="rail"
          />
        </aside>
        <div className="flex min-w-0 flex-1 flex-col">
          <PortalHeader context={context} />
          <main id="main" tabIndex={-1} className="flex-1 px-4 py-6 outline-none md:px-8 md:py-8">
            <div className="mx-auto flex w-full max-w-6xl flex-col gap-6">{children}</div>
          </main>
        </div>
      </div>
    </TooltipProvider>
  );
}
