import type { Metadata } from "next";
import { BackorderSection } from "@/components/orders/backorder-section";
import { OrderActionsPanel } from "@/components/orders/order-actions-panel";
import { OrderNotes } from "@/components/orders/order-notes";
import { OrderRequestCard } from "@/components/orders/order-request-card";
import { OrderVersions } from "@/components/orders/order-versions";
import { OrderDetailView } from "@/components/orders/order-detail-view";
import { ORDER_TYPE_LABELS } from "@/components/orders/order-labels";
import { getBackorderState } from "@/lib/orders/backorder-state";
import { getOrderOrThrow, type OrderDetail } from "@/lib/orders/get-order-or-throw";
import { WHOLE_ORDER_TYPES } from "@/lib/orders/order-actions";
import { orderActionsFor } from "@/lib/orders/order-actions-guard";
import { listOrderNotes } from "@/lib/orders/order-notes";
import { orderRequestFacts } from "@/lib/orders/order-request-facts";
import { currentPortFacts, orderVersions } from "@/lib/orders/supplement-versions";
import type { Tenant } from "@/lib/tenancy/tenant";
import { getPageTenant, orNotFound } from "@/lib/tenancy/get-page-tenant";
import { getPortalContext } from "@/lib/tenancy/get-portal-context";
import { roleAtLeast } from "@/lib/tenancy/roles";

interface OrderPageProps {
  params: Promise<{ org: string; orderId: string }>;
}

export async function generateMetadata({ params }: OrderPageProps): Promise<Metadata> {
  const { org, orderId } = await params;
  // The page turns a failure into the 404 or the sign-in redirect; its own title must win.
  const order = await getPageTenant(org)
    .then((tenant) => getOrderOrThrow(tenant, orderId))
    .catch(() => null);
  if (!order) return {};
  return { title: `${ORDER_TYPE_LABELS[order.type]} order${order.voiceOrderId ? ` ${order.voiceOrderId}` : ""}` };
}

export default async function OrderPage({ params }: OrderPageProps) {
  const { org, orderId } = await params;
  // The context first: signed out, it redirects to sign-in with this order as the way back.
  await getPortalContext(org);
  const tenant = await getPageTenant(org);
  // Another organization's or sub-account's order is "not found", never "forbidden".
  const order = await orNotFound(getOrderOrThrow(tenant, orderId));
  const [backorder, notes] = await Promise.all([
    order.type === "reserve" ? getBackorderState(tenant, order.id) : null,
    listOrderNotes(tenant, order.id),
  ]);
  return (
    <>
      <OrderDetailView
        org={org}
        order={order}
        backorder={backorder && <BackorderSection org={org} state={backorder} canDecide={roleAtLeast(tenant.role, "operator")} />}
        actions={WHOLE_ORDER_TYPES.has(order.type) && <ActionsFor org={org} tenant={tenant} order={order} />}
        asked={<OrderRequestCard facts={orderRequestFacts(order.type, order.request)} isPort={order.type === "port"} />}
        versions={order.type === "port" && <OrderVersions org={org} versions={orderVersions(order, supplementsOf(order))} />}
      />
      <OrderNotes
        org={org}
        orderId={order.id}
        notes={notes}
        canWrite={roleAtLeast(tenant.role, "operator")}
        isSubAccount={tenant.subAccount !== null}
        orderHasSubAccount={order.subAccount !== null}
      />
    </>
  );
}

const supplementsOf = (order: OrderDetail) => order.childOrders.filter((child) => child.type === "supplement");

function ActionsFor({ org, tenant, order }: { org: string; tenant: Tenant; order: OrderDetail }) {
  const numbers = order.numbers.map((n) => n.telephoneNumber.tn);
  return (
    <OrderActionsPanel
      org={org}
      orderId={order.id}
      voiceOrderId={order.voiceOrderId}
      typeLabel={ORDER_TYPE_LABELS[order.type]}
      orderType={order.type}
      orderStatus={order.status}
      actions={orderActionsFor(tenant, order)}
      placedAgainAs={order.placedAgainAs}
      focDate={order.focDate?.toISOString() ?? null}
      numbers={numbers.length ? numbers : order.requestedTns}
      current={order.type === "port" ? currentPortFacts(order, supplementsOf(order)) : null}
    />
  );
}
