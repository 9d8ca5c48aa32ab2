import type { Metadata } from "next";
import { BackorderSection } from "@/components/orders/backorder-section";
import { OrderDetailView } from "@/components/orders/order-detail-view";
import { ORDER_TYPE_LABELS } from "@/components/orders/order-labels";
import { getBackorderState } from "@/lib/orders/backorder-state";
import { getOrderOrThrow } from "@/lib/orders/get-order-or-throw";
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
  const backorder = order.type === "reserve" ? await getBackorderState(tenant, order.id) : null;
  return (
    <OrderDetailView
      org={org}
      order={order}
      backorder={backorder && <BackorderSection org={org} state={backorder} canDecide={roleAtLeast(tenant.role, "operator")} />}
    />
  );
}
