// Valid requests, one or more per request schema, judged against a fixed clock. Tests
// derive every invalid case from these by changing one thing; the simulator's tests and
// demo scripts may use them as starting points.
import type { RequestSchemaName } from "../operations";
import type { RuleClock } from "./fields/request-date";

/** Wednesday 2026-11-25, the day before Thanksgiving: business-day rules have something to skip. */
export const SAMPLE_CLOCK: RuleClock = { now: new Date("2026-11-25T12:00:00Z") };

export const sampleAddress = {
  streetNumber: "1025",
  streetName: "Eldorado",
  streetSuffix: "Blvd",
  secondaryLocation: "Suite 100",
  city: "Broomfield",
  state: "CO",
  zip: "80021",
};

export const sampleResidentialLine = {
  customerType: "R",
  firstName: "Ann",
  lastName: "O'Neil",
  serviceAddress: sampleAddress,
  cnam: { customerName: "ANN ONEIL", blockCustomerName: "N" },
};

export const sampleBusinessElsLine = {
  customerType: "B",
  businessName: "Acme Plumbing",
  serviceAddress: sampleAddress,
  e911Option: "STATIC911",
  directoryListing: { directoryListingAction: "A", directoryListingType: "1", directoryBusinessName: "Acme Plumbing" },
};

export const sampleLiInstall = {
  orderType: "NEW",
  productID: "2036",
  externalOrderID: "ord_123",
  tnList: ["3035551234", "+13035551235", { startTN: 13035551240, endTN: 13035551249 }],
  subscriberLines: [sampleResidentialLine],
};

export const sampleElsInstall = {
  ...sampleLiInstall,
  productID: "2042",
  customerRequestDate: "2026-12-07T00:00:00Z",
  subscriberLines: [sampleBusinessElsLine],
};

export const samplePort = {
  orderType: "LNP",
  productID: "2042",
  tnList: ["7205550100"],
  customerRequestDate: "2026-12-01T00:00:00Z",
  subscriberLines: [{ ...sampleResidentialLine, e911Option: "CP911" }],
  billingTelephoneNumber: "7205550100",
  loaName: "Ann O'Neil",
  loaReceived: "Y",
  loaDateTime: "2026-11-20T15:00:00Z",
  losingCarrierAccountNumber: "ACCT-778",
  losingCarrierPin: "4321",
  losingCarrierWirelessLnp: "N",
};

export const sampleReservation = {
  productID: "2036",
  rateCenters: [{ rateCenter: "DENVER", state: "CO", quantity: 25, sequentialIndicator: "Y", pbxIndex: "4", pbxValue: "9", tnLocNpa: "303" }],
};

export const sampleChange = { productID: "2042", tnList: ["3035551234"], customerType: "B", businessName: "Acme Plumbing Co" };

export const sampleDisconnect = { tnList: ["3035551234"], customerRequestDate: "2026-12-01T00:00:00Z" };

export const SAMPLE_REQUESTS: ReadonlyArray<{ schema: RequestSchemaName; label: string; value: unknown }> = [
  { schema: "TokenRequest", label: "client credentials", value: { grant_type: "client_credentials" } },
  { schema: "LumenRequestHeaders", label: "bearer and customer number", value: { authorization: "Bearer abc123", "x-customer-number": "2-B6-7890" } },
  { schema: "RateCentersQuery", label: "guide's example", value: { productID: "2036", state: "CO", pageNumber: 1, pageSize: 10 } },
  { schema: "AddressCoverageQuery", label: "address", value: { ...sampleAddress, productID: "2042" } },
  { schema: "TnPortabilityRequest", label: "two numbers", value: { tnList: ["7205550100", "17205550101"] } },
  { schema: "RateCenterUtilizationRequest", label: "one rate center", value: { productID: "2036", rateCenters: [{ rateCenter: "DENVER", state: "CO" }] } },
  { schema: "OrderInventoryRequest", label: "PBX-restricted sequential", value: sampleReservation },
  { schema: "ReservedInventoryQuery", label: "by NPA-NXX", value: { NPA: "303", NXX: "555", pageNumber: 2 } },
  { schema: "CustomerApprovalRequest", label: "accept with backorder", value: { voiceOrderId: "VO-1001", decision: "ACCEPT_WITH_BACKORDER" } },
  { schema: "OrderRequest", label: "LI install", value: sampleLiInstall },
  { schema: "OrderRequest", label: "ELS install", value: sampleElsInstall },
  { schema: "OrderRequest", label: "ELS port", value: samplePort },
  { schema: "VoiceOrderIdPath", label: "voice order", value: { voiceOrderId: "VO-1001" } },
  { schema: "SupplementRequest", label: "new date", value: { customerRequestDate: "2026-12-02T00:00:00Z" } },
  { schema: "ChangeOrderRequest", label: "business name", value: sampleChange },
  { schema: "DisconnectRequest", label: "one number", value: sampleDisconnect },
  { schema: "CancelOrderRequest", label: "child order", value: { voiceOrderId: "VO-1001", childOrderId: "VO-1001-2" } },
  { schema: "PortNowRequest", label: "voice order", value: { voiceOrderId: "VO-1001" } },
  { schema: "OrderStatusQuery", label: "by external id", value: { externalOrderID: "ord_123" } },
  { schema: "NotificationsQuery", label: "window", value: { fromDateTime: "2026-11-01T00:00:00Z" } },
  { schema: "ActiveInventoryQuery", label: "first page", value: { pageNumber: 1 } },
];
