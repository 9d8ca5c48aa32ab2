import { Skeleton } from "@/components/ui/skeleton";

// Shown inside the portal frame while a page's server work runs, so the sidebar and header
// stay put and only the content area waits. It covers the pages in this route group
// only: a page behind it streams, so once it starts its HTTP status is 200 whatever it
// finds. The detail pages that look up one record in the portal's own database (an order,
// a notification, a sub-account) sit outside the group: they answer fast, and an unknown
// id answers 404. A number's page stays inside, as it waits on Lumen.
export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="flex flex-col gap-6">
      <span className="sr-only">Loading…</span>
      <div className="flex flex-col gap-2">
        <Skeleton className="h-8 w-56" />
        <Skeleton className="h-4 w-96 max-w-full" />
      </div>
      <Skeleton className="h-40 w-full" />
      <div className="grid gap-6 lg:grid-cols-2">
        <Skeleton className="h-48" />
        <Skeleton className="h-48" />
      </div>
    </div>
  );
}
