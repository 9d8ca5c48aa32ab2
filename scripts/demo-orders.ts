// The demo partner's orders, placed through the order engine against the sandbox as its
// people would place them, so the dashboard, the orders list, the FOC calendar and the
// reseller's slice have something to show. Each order has a fixed idempotency key: a
// second seed finds the first run's orders instead of placing them again.
import { addBusinessDays } from "../lib/lumen/business-days";
import { sampleAddress } from "../lib/lumen/schemas/sample-requests";
import { moveNumbers } from "../lib/numbers/move-numbers";
import { submitOrder } from "../lib/orders/submit-order";
import { requireMembership } from "../lib/tenancy/require-membership";
import type { Tenant } from "../lib/tenancy/tenant";
import { DEMO_PARTNER } from "./demo-partner";

/** Noon UTC `days` business days from now: a date inside Lumen's windows. */
const businessNoon = (days: number) => `${addBusinessDays(new Date(), days).toISOString().slice(0, 10)}T12:00:00Z`;

const phoenixAddress = { streetNumber: "200", streetName: "Washington", streetSuffix: "St", city: "Phoenix", state: "AZ", zip: "85003" };

/** What the seed places, in order; `as` names the demo person who places it. */
function demoOrders(): Array<{ as: "operator" | "reseller"; label: string; submission: Record<string, unknown> }> {
  return [
    {
      as: "operator",
      label: "a reservation of five numbers in Seattle",
      submission: { type: "reserve", idempotencyKey: "demo-seed-reserve-seattle", request: { productID: "2042", rateCenters: [{ rateCenter: "SEATTLE", state: "WA", quantity: 5 }] } },
    },
    {
      as: "operator",
      label: "an Enhanced Local Service install of two Phoenix numbers",
      submission: {
        type: "install",
        idempotencyKey: "demo-seed-install-phoenix",
        request: {
          orderType: "NEW",
          productID: "2042",
          tnList: ["6029740001", "6029740002"],
          customerServiceName: "BLUEBIRD-SIP",
          subscriberLines: [
            {
              customerType: "B",
              businessName: "Desert Bloom Florist",
              serviceAddress: phoenixAddress,
              e911Option: "STATIC911",
              cnam: { customerName: "DESERT BLOOM", blockCustomerName: "N" },
              directoryListing: { directoryListingAction: "A", directoryListingType: "1", directoryBusinessName: "Desert Bloom Florist" },
            },
          ],
        },
      },
    },
    {
      as: "reseller",
      label: "the reseller's install of a number handed to it",
      submission: {
        type: "install",
        idempotencyKey: "demo-seed-install-reseller",
        request: {
          orderType: "NEW",
          productID: "2042",
          tnList: ["6029740003"],
          customerServiceName: DEMO_PARTNER.reseller.customerServiceNames[0],
          subscriberLines: [
            { customerType: "R", firstName: "Rosa", lastName: "Ocotillo", serviceAddress: { ...phoenixAddress, streetNumber: "120" }, e911Option: "STATIC911" },
          ],
        },
      },
    },
    {
      as: "operator",
      label: "a port-in of two Minneapolis numbers",
      submission: {
        type: "port",
        idempotencyKey: "demo-seed-port-minneapolis",
        request: {
          orderType: "LNP",
          productID: "2036",
          tnList: ["6125550141", "6125550142"],
          customerRequestDate: businessNoon(5),
          subscriberLines: [{ customerType: "R", firstName: "Ann", lastName: "O'Neil", serviceAddress: sampleAddress }],
          billingTelephoneNumber: "6125550141",
          loaName: "Ann O'Neil",
          loaReceived: "Y",
          loaDateTime: `${new Date().toISOString().slice(0, 10)}T09:00:00Z`,
          losingCarrierWirelessLnp: "N",
        },
      },
    },
    {
      as: "operator",
      label: "a disconnect of one Seattle number",
      submission: { type: "disconnect", idempotencyKey: "demo-seed-disconnect-seattle", request: { tnList: ["2069740005"], customerRequestDate: businessNoon(3) } },
    },
  ];
}

/**
 * Hands three Phoenix numbers to the reseller and places the demo orders. Answers a line
 * per order for the seed's output; an order Lumen refuses is reported, not thrown.
 */
export async function placeDemoOrders(organizationSlug: string, userIds: { operator: string; owner: string; reseller: string }): Promise<string[]> {
  const tenants: Record<"operator" | "owner" | "reseller", Tenant> = {
    operator: await requireMembership(organizationSlug, "operator", { id: userIds.operator }),
    owner: await requireMembership(organizationSlug, "owner", { id: userIds.owner }),
    reseller: await requireMembership(organizationSlug, "operator", { id: userIds.reseller }),
  };
  const lines: string[] = [];
  const moved = await moveNumbers(tenants.owner, { tns: ["6029740003", "6029740004", "6029740005"], subAccountId: tenants.reseller.subAccount!.id });
  lines.push(`Handed (602) 974-0003 to -0005 to ${DEMO_PARTNER.reseller.name}${moved.moved === 0 ? " (already theirs)" : ""}.`);
  for (const { as, label, submission } of demoOrders()) {
    try {
      const placed = await submitOrder(tenants[as], submission);
      const status = placed.order?.status ?? "placed before";
      lines.push(`${label[0]!.toUpperCase()}${label.slice(1)}: ${placed.duplicate ? "placed by an earlier run" : status}.`);
    } catch (error) {
      lines.push(`${label[0]!.toUpperCase()}${label.slice(1)}: not placed (${error instanceof Error ? error.message : String(error)}).`);
    }
  }
  return lines;
}
