import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card, CardContent } from "@/components/ui/card";
import { DescriptionItem } from "@/components/ui/description-item";
import { PRODUCT_LABELS } from "@/components/orders/order-labels";
import { OrderTime } from "@/components/orders/order-time";
import type { TelephoneNumberStatus } from "@/lib/db/generated/enums";
import type { NumberFacts } from "@/lib/numbers/get-number";
import { SubAccountName } from "@/components/sub-accounts/sub-account-name";

const LUMEN_STATE: Record<"active" | "reserved" | "absent", { label: string; tone: BadgeTone }> = {
  active: { label: "Active", tone: "success" },
  reserved: { label: "Reserved", tone: "info" },
  absent: { label: "Not in your inventory", tone: "neutral" },
};

const MIRROR_STATUS: Record<TelephoneNumberStatus, { label: string; meaning: string }> = {
  reserved: { label: "Reserved", meaning: "In inventory, not installed." },
  pending: { label: "Pending", meaning: "An order on it is still in progress." },
  active: { label: "Active", meaning: "In service for a subscriber." },
  disconnected: { label: "Disconnected", meaning: "Taken out of service." },
  not_ported: { label: "Not ported in", meaning: "Its port was cancelled or refused: the number never came in." },
};

const Muted = ({ children }: { children: React.ReactNode }) => <span className="font-normal text-muted-foreground">{children}</span>;

/** What Lumen reports about the number now and what the portal's own record says. */
export function NumberFactsCard({ facts, showSubAccount }: { facts: NumberFacts; showSubAccount: boolean }) {
  const { lumen, mirror } = facts;
  const active = lumen?.state === "active" ? lumen : null;
  const reserved = lumen?.state === "reserved" ? lumen : null;
  const productId = active?.productId ?? mirror?.productId ?? null;
  const unknown = lumen === null ? <Muted>Lumen could not be asked</Muted> : <Muted>Not reported</Muted>;
  return (
    <Card aria-labelledby="number-facts-title">
      <CardContent>
        <h2 id="number-facts-title" className="sr-only">
          The number now
        </h2>
        <dl className="grid gap-x-6 gap-y-4 sm:grid-cols-2 lg:grid-cols-4">
          <DescriptionItem term="At Lumen">
            {lumen ? <Badge tone={LUMEN_STATE[lumen.state].tone}>{LUMEN_STATE[lumen.state].label}</Badge> : <Muted>Could not be asked</Muted>}
          </DescriptionItem>
          <DescriptionItem term="In the portal">
            {mirror ? (
              <span className="flex flex-col">
                <span>{MIRROR_STATUS[mirror.status].label}</span>
                <span className="text-xs font-normal text-muted-foreground">{MIRROR_STATUS[mirror.status].meaning}</span>
              </span>
            ) : (
              <Muted>No order of the portal has touched it</Muted>
            )}
          </DescriptionItem>
          <DescriptionItem term="Product">{productId ? (PRODUCT_LABELS[productId]?.long ?? productId) : unknown}</DescriptionItem>
          <DescriptionItem term="Customer service name">
            {active ? (active.customerServiceName ?? <Muted>None</Muted>) : (mirror?.customerServiceName ?? unknown)}
          </DescriptionItem>
          <DescriptionItem term="Subscriber">{active ? (active.subscriber || <Muted>None</Muted>) : <Muted>Not in service</Muted>}</DescriptionItem>
          <DescriptionItem term="Service address">{active ? (active.serviceAddress ?? <Muted>None</Muted>) : <Muted>Not in service</Muted>}</DescriptionItem>
          <DescriptionItem term="E911 address">{active ? (active.e911Address ?? <Muted>None reported</Muted>) : <Muted>Not in service</Muted>}</DescriptionItem>
          {showSubAccount && <DescriptionItem term="Sub-account"><SubAccountName name={mirror?.subAccount?.name} /></DescriptionItem>}
          {reserved && (
            <>
              <DescriptionItem term="Rate center">
                {reserved.rateCenter}, {reserved.regionState}
              </DescriptionItem>
              <DescriptionItem term="Reserved">
                <OrderTime value={reserved.reservedAt} mode="absolute" />
              </DescriptionItem>
              <DescriptionItem term="Voice order ID">
                <span className="font-mono text-xs">{reserved.voiceOrderID}</span>
              </DescriptionItem>
            </>
          )}
        </dl>
      </CardContent>
    </Card>
  );
}
