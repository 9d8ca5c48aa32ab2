import { formatUtcMinute } from "@/lib/dates/format-dates";
import { BACKORDER_CHOICES } from "./backorder-decisions";
import {
  changeFacts,
  customerServiceNameFact,
  installFacts,
  isFields,
  listOf,
  requestedDateInWords,
  reservationLineInWords,
  subscriberLineFacts,
  text,
  type Fields,
  type RequestFact,
} from "./request-in-words";
import { supplementFacts } from "./supplement-versions";

/**
 * What an order asked of Lumen, in words, for its page's "What was asked": read from the
 * request kept with the order (secrets redacted). Empty where there is nothing to say
 * beyond the page's other sections (port now), or nothing was kept.
 */
export function orderRequestFacts(type: string, request: unknown): RequestFact[] {
  if (!isFields(request)) return [];
  switch (type) {
    case "reserve":
      return listOf(request.rateCenters).map((line) => [
        [text(line.rateCenter), text(line.state)].filter(Boolean).join(", ") || "Rate center",
        reservationLineInWords(line),
      ]);
    case "install":
      return installFacts(request);
    case "port":
      return portFacts(request);
    case "change":
      return changeFacts(request);
    case "disconnect":
      return [["Disconnect on", requestedDateInWords(request.customerRequestDate)]];
    case "supplement":
      return supplementFacts(request);
    case "cancel":
      return [["Cancels", text(request.childOrderId) ? `Child order ${text(request.childOrderId)} only` : "The whole order"]];
    case "approval": {
      const choice = BACKORDER_CHOICES.find((option) => option.decision === request.decision);
      return [["Answer", choice?.title ?? text(request.decision) ?? null]];
    }
    default:
      return [];
  }
}

/**
 * A port's letter of authorization, losing carrier and features: what its versions (the
 * subscriber, address and date a supplement may change) leave out.
 */
function portFacts(request: Fields): RequestFact[] {
  const [line] = listOf(request.subscriberLines);
  const signer = text(request.loaName);
  const signedAt = text(request.loaDateTime);
  const signedOn = signedAt && !Number.isNaN(new Date(signedAt).getTime()) ? formatUtcMinute(signedAt) : signedAt;
  return [
    ["Letter of authorization", signer ? `Signed by ${signer}${signedOn ? ` on ${signedOn}` : ""}` : null],
    ["Losing carrier account", text(request.losingCarrierAccountNumber) ?? null],
    // The PIN itself is never kept: only whether one went with the port.
    ["PIN", request.losingCarrierPin === undefined ? null : "Given (not kept)"],
    ["Wireless", request.losingCarrierWirelessLnp === "Y" ? "Yes" : "No"],
    customerServiceNameFact(request),
    ...subscriberLineFacts(line ?? {}, request.productID).filter(([term]) => term !== "Subscriber" && term !== "Service address"),
  ];
}
