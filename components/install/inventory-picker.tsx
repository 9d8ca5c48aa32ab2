import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { ChevronLeft, ChevronRight, ListPlus } from "lucide-react";
import { useState } from "react";
import { formatTn } from "@/lib/lumen/telephone-numbers";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { callPortal, orgApi } from "@/components/wizard/portal-api";
import { QueryErrorAlert } from "@/components/wizard/query-error-alert";
import type { ReservedInventoryResponse } from "@/lib/lumen/schemas/reserved-inventory";

const PAGE_SIZE = 50;

function fetchReservedInventory(org: string, pageNumber: number) {
  const query = new URLSearchParams({ pageNumber: String(pageNumber), pageSize: String(PAGE_SIZE) });
  return callPortal<ReservedInventoryResponse>(`${orgApi(org)}/lumen/reserved-inventory?${query}`);
}

interface InventoryPickerProps {
  org: string;
  /** Numbers already in the list, shown as chosen. */
  chosen: ReadonlySet<string>;
  onAdd: (tns: string[]) => void;
}

/** Lumen's reserved inventory, a page at a time (a reseller sees its own numbers only). */
export function InventoryPicker({ org, chosen, onAdd }: InventoryPickerProps) {
  const [page, setPage] = useState(1);
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const inventory = useQuery({
    queryKey: ["install", org, "reserved-inventory", page],
    queryFn: () => fetchReservedInventory(org, page),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });

  if (inventory.isError) {
    return <QueryErrorAlert title="Lumen's reserved inventory could not be read" error={inventory.error} onRetry={() => void inventory.refetch()} />;
  }
  if (!inventory.data) return <Skeleton className="h-40 w-full" />;

  const { telephoneNumbers, totalCount } = inventory.data;
  const pageCount = Math.max(1, Math.ceil(totalCount / PAGE_SIZE));
  const rows = telephoneNumbers.map((n) => ({ ...n, tn: n.telephoneNumber.slice(-10) }));
  const toggle = (tn: string, on: boolean) =>
    setPicked((previous) => {
      const next = new Set(previous);
      if (on) next.add(tn);
      else next.delete(tn);
      return next;
    });

  if (totalCount === 0) {
    return <p className="rounded-lg border bg-card px-4 py-3 text-sm text-muted-foreground">Lumen reports no reserved numbers in your inventory.</p>;
  }

  return (
    <div className="flex flex-col gap-3 rounded-lg border bg-card p-4">
      <div className="max-h-72 overflow-y-auto">
        <table className="w-full text-sm">
          <caption className="sr-only">Reserved numbers, page {page} of {pageCount}</caption>
          <thead className="sticky top-0 border-b bg-card text-left text-xs text-muted-foreground">
            <tr>
              <th scope="col" className="w-10 py-2 font-medium">
                <span className="sr-only">Choose</span>
              </th>
              <th scope="col" className="py-2 font-medium">Number</th>
              <th scope="col" className="py-2 font-medium">Rate center</th>
            </tr>
          </thead>
          <tbody className="divide-y">
            {rows.map((row) => {
              const listed = chosen.has(row.tn);
              return (
                <tr key={row.tn}>
                  <td className="py-1.5">
                    <input
                      type="checkbox"
                      className="size-4 accent-primary"
                      aria-label={`Choose ${formatTn(row.tn)}`}
                      checked={listed || picked.has(row.tn)}
                      disabled={listed}
                      onChange={(event) => toggle(row.tn, event.target.checked)}
                    />
                  </td>
                  <td className="py-1.5 font-mono tabular-nums">{formatTn(row.tn)}</td>
                  <td className="py-1.5">
                    {row.rateCenter}, {row.state}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <Button type="button" variant="outline" size="sm" disabled={page <= 1} onClick={() => setPage(page - 1)}>
            <ChevronLeft aria-hidden />
            Previous
          </Button>
          <span className="tabular-nums text-muted-foreground">
            Page {page} of {pageCount} · {totalCount.toLocaleString()} reserved
          </span>
          <Button type="button" variant="outline" size="sm" disabled={page >= pageCount} onClick={() => setPage(page + 1)}>
            Next page
            <ChevronRight aria-hidden />
          </Button>
        </div>
        <Button
          type="button"
          size="sm"
          disabled={picked.size === 0}
          onClick={() => {
            onAdd([...picked]);
            setPicked(new Set());
          }}
        >
          <ListPlus aria-hidden />
          Add {picked.size > 0 ? picked.size : ""} to the list
        </Button>
      </div>
    </div>
  );
}
