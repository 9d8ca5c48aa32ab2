import { useInfiniteQuery } from "@tanstack/react-query";
import { CircleCheck, CircleX, MapPinOff, ShieldAlert, ShieldCheck } from "lucide-react";
import { useFormContext, useWatch } from "react-hook-form";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Skeleton } from "@/components/ui/skeleton";
import { ENHANCED_LOCAL_SERVICE, type ProductId } from "@/lib/lumen/schemas/fields/product-id";
import { QueryErrorAlert } from "@/components/wizard/query-error-alert";
import { NetworkError } from "@/components/wizard/portal-api";
import { fetchRateCenters, type RateCenter } from "./reserve-api";
import { closedRateCenterMessage, type ReserveWizardValues } from "./reserve-wizard-schema";

export const ELS_STATIC_911_RULE =
  "ELS must use static-911 rate centers unless you elected customer-provided 911 (CP911).";

interface RateCentersStepProps {
  org: string;
  productID: ProductId;
  state: string;
  onToggle: (rateCenter: RateCenter, checked: boolean) => void;
}

/** Step 2: the rate centers Lumen lists for the product and state, page by page. */
export function RateCentersStep({ org, productID, state, onToggle }: RateCentersStepProps) {
  const { register, control } = useFormContext<ReserveWizardValues>();
  const filter = useWatch({ control, name: "rateCenterFilter" }).trim().toUpperCase();
  const lines = useWatch({ control, name: "lines" });
  const query = useInfiniteQuery({
    queryKey: ["reserve", org, "rate-centers", productID, state],
    queryFn: ({ pageParam }) => fetchRateCenters(org, productID, state, pageParam),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.pageNumber * last.pageSize < last.totalCount ? last.pageNumber + 1 : undefined),
    // Lumen's refusals do not change on a second ask; a lost connection might.
    retry: (count, error) => error instanceof NetworkError && count < 1,
  });

  const loaded = query.data?.pages.flatMap((page) => page.rateCenters) ?? [];
  const total = query.data?.pages[0]?.totalCount ?? 0;
  const shown = filter ? loaded.filter((rc) => rc.rateCenter.toUpperCase().includes(filter)) : loaded;
  const isChosen = (rc: RateCenter) => lines.some((line) => line.rateCenter === rc.rateCenter && line.state === rc.state);
  const els = productID === ENHANCED_LOCAL_SERVICE;

  if (query.isPending) {
    return (
      <div className="flex flex-col gap-2" role="status" aria-label="Loading rate centers">
        {Array.from({ length: 6 }, (_, index) => (
          <Skeleton key={index} className="h-12 w-full" />
        ))}
      </div>
    );
  }

  if (query.isError) {
    return <QueryErrorAlert title="Lumen's rate centers could not be loaded." error={query.error} onRetry={() => void query.refetch()} />;
  }

  if (total === 0) {
    return (
      <EmptyState
        icon={MapPinOff}
        headingLevel={3}
        title={`No rate centers in ${state}`}
        description="Lumen lists no rate center for this product in this state. Go back and choose another state or product."
      />
    );
  }

  return (
    <div className="flex flex-col gap-4">
      <Field
        label="Filter rate centers"
        className="max-w-sm"
        description={`Narrows the ${loaded.length} loaded of ${total} rate centers by name.`}
      >
        {(controlProps) => <Input {...controlProps} type="text" autoComplete="off" {...register("rateCenterFilter")} />}
      </Field>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-2 text-sm font-medium">
          Rate centers in {state} <span className="font-normal text-muted-foreground">· {lines.length} chosen</span>
        </legend>
        {shown.length === 0 ? (
          <p className="rounded-md border border-dashed px-4 py-6 text-center text-sm text-muted-foreground">
            No loaded rate center matches “{filter}”.
          </p>
        ) : (
          <ul className="grid gap-2 sm:grid-cols-2">
            {shown.map((rc) => {
              const id = `rc-${rc.state}-${rc.rateCenter.replace(/\W+/g, "-")}`;
              const needsCp911 = els && !rc.static911;
              const checked = isChosen(rc);
              // Lumen would reject the order with 1302; where the list gives no status, let the user choose.
              const closed = rc.status === "closed";
              const describedBy = [`${id}-status`, `${id}-911`, closed && `${id}-closed`].filter(Boolean).join(" ");
              return (
                <li key={`${rc.state}-${rc.rateCenter}`}>
                  <label
                    className={cn(
                      "flex items-start gap-3 rounded-md border px-3 py-2.5 transition-colors",
                      closed ? "cursor-not-allowed bg-muted" : "cursor-pointer bg-card hover:bg-accent/50",
                      "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-ring",
                      checked && "border-primary bg-accent/40",
                    )}
                  >
                    <input
                      type="checkbox"
                      className="mt-0.5 size-4 shrink-0 accent-primary"
                      checked={checked}
                      disabled={closed && !checked}
                      onChange={(event) => onToggle(rc, event.target.checked)}
                      aria-labelledby={`${id}-name`}
                      aria-describedby={describedBy}
                    />
                    <span className="flex min-w-0 flex-1 flex-col gap-1">
                      <span className="flex flex-wrap items-center justify-between gap-2">
                        <span id={`${id}-name`} className="text-sm font-medium">
                          {rc.rateCenter}
                        </span>
                        <span className="flex flex-wrap items-center gap-1.5">
                          <span id={`${id}-status`}>
                            {rc.status === "open" && (
                              <Badge tone="success">
                                <CircleCheck aria-hidden />
                                Open
                              </Badge>
                            )}
                            {closed && (
                              <Badge tone="warning">
                                <CircleX aria-hidden />
                                Closed
                              </Badge>
                            )}
                          </span>
                          <span id={`${id}-911`}>
                            {rc.static911 ? (
                              <Badge tone="success">
                                <ShieldCheck aria-hidden />
                                Static 911
                              </Badge>
                            ) : (
                              <Badge tone={needsCp911 ? "warning" : "neutral"}>
                                <ShieldAlert aria-hidden />
                                No static 911
                              </Badge>
                            )}
                            {needsCp911 && <span className="sr-only">: {ELS_STATIC_911_RULE}</span>}
                          </span>
                        </span>
                      </span>
                      {closed && (
                        <span id={`${id}-closed`} className="text-xs text-amber-800 dark:text-amber-200">
                          Not open for orders: {closedRateCenterMessage()}
                        </span>
                      )}
                      {needsCp911 && (
                        <span aria-hidden className="text-xs text-amber-800 dark:text-amber-200">
                          {ELS_STATIC_911_RULE}
                        </span>
                      )}
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
        )}
      </fieldset>
      {query.hasNextPage && (
        <div className="flex flex-wrap items-center gap-3">
          <Button
            type="button"
            variant="outline"
            size="sm"
            onClick={() => query.fetchNextPage()}
            disabled={query.isFetchingNextPage}
            aria-busy={query.isFetchingNextPage || undefined}
          >
            Show more rate centers
          </Button>
          <span className="text-xs text-muted-foreground">
            {loaded.length} of {total} loaded; the filter searches the loaded ones.
          </span>
        </div>
      )}
    </div>
  );
}
