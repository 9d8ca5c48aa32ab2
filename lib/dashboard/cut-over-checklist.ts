import { z } from "zod";

// The cut-over checklist of a port, read from the request as sent (lib/lumen/schemas/
// port-order.ts): what the subscriber line set for E911, caller name and directory
// listing. Each item is done (the order takes care of it), needs attention (someone
// should act or confirm before the FOC date) or does not apply (Local Inbound carries
// no E911 and no directory listing). Once the port has completed the numbers have moved,
// so what was to be done before cut-over is said as what must be made sure of now.

export type ChecklistState = "done" | "attention" | "not_applicable";

export interface ChecklistItem {
  item: "e911" | "cnam" | "directory_listing";
  label: string;
  state: ChecklistState;
  detail: string;
}

const LOCAL_INBOUND = "2036";

// Lenient on purpose: the stored request was validated when sent; here a missing or
// unexpected field becomes "needs attention", never an error.
const PortLineSchema = z.object({
  productID: z.string().optional(),
  subscriberLines: z
    .array(
      z.object({
        e911Option: z.string().optional(),
        cnam: z.object({ customerName: z.string().optional(), blockCustomerName: z.string().optional() }).optional(),
        directoryListing: z.object({ directoryListingType: z.string().optional() }).optional(),
      }),
    )
    .optional(),
});

export function cutOverChecklist(request: unknown, productId: string | null, cutOver: "ahead" | "done" = "ahead"): ChecklistItem[] {
  const parsed = PortLineSchema.safeParse(request);
  const order = parsed.success ? parsed.data : {};
  const line = order.subscriberLines?.[0];
  const localInbound = (productId ?? order.productID) === LOCAL_INBOUND;
  return [e911Item(line?.e911Option, localInbound, cutOver), cnamItem(line?.cnam), listingItem(line?.directoryListing, localInbound)];
}

function e911Item(option: string | undefined, localInbound: boolean, cutOver: "ahead" | "done"): ChecklistItem {
  const label = "E911";
  if (localInbound) return { item: "e911", label, state: "not_applicable", detail: "Local Inbound numbers carry no E911." };
  if (option === "STATIC911") {
    return { item: "e911", label, state: "done", detail: "Included: Lumen's static 911 at the service address." };
  }
  if (option === "CP911") {
    return {
      item: "e911",
      label,
      state: "attention",
      detail:
        cutOver === "ahead"
          ? "Customer-provided: confirm the customer's 911 provider has these numbers and the address before cut-over."
          : "Customer-provided, and the numbers have cut over: make sure the customer's 911 provider has them and the address.",
    };
  }
  const detail =
    cutOver === "ahead"
      ? "The order sets no E911 option: check how 911 calls will be routed."
      : "The order set no E911 option, and the numbers have cut over: check how 911 calls are routed.";
  return { item: "e911", label, state: "attention", detail };
}

function cnamItem(cnam: { customerName?: string; blockCustomerName?: string } | undefined): ChecklistItem {
  const label = "Caller name (CNAM)";
  if (!cnam?.customerName) {
    // Lumen's guide: without CNAM, the city and state of the number's rate center display.
    return {
      item: "cnam",
      label,
      state: "attention",
      detail: "Not set: calls will show the city and state of the number's rate center instead of a name, until a change order sets one.",
    };
  }
  const blocked = cnam.blockCustomerName === "Y" ? ", delivery blocked" : "";
  return { item: "cnam", label, state: "done", detail: `Set: "${cnam.customerName}"${blocked}.` };
}

function listingItem(listing: { directoryListingType?: string } | undefined, localInbound: boolean): ChecklistItem {
  const label = "Directory listing";
  if (localInbound) return { item: "directory_listing", label, state: "not_applicable", detail: "Local Inbound numbers take no directory listing." };
  if (!listing) {
    return { item: "directory_listing", label, state: "attention", detail: "Not listed: confirm the subscriber wants no listing." };
  }
  const kind = listing.directoryListingType === "2" ? "listed only" : "listed and published";
  return { item: "directory_listing", label, state: "done", detail: `Included: ${kind}.` };
}
