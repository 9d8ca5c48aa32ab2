// Every operation of Lumen's Voice LI-ELS API, as data. The OpenAPI document, the typed
// client and the simulator's router are all built from this one table, so a path or a
// schema name is written here and nowhere else.
//
// Schema names are the OpenAPI component names; `lib/lumen/schemas/registry.ts` maps each
// one to its zod schema. Where the guide names an endpoint we copy it; where it only
// describes a capability (change, disconnect, cancel, order status, notifications, the
// active-TN report) the path is our plainest reading and `assumed` says so.

export type HttpMethod = "GET" | "POST";

/** The kinds of order a Lumen code can apply to (see `codes.ts`). */
export const ORDER_KINDS = [
  "reserve",
  "install",
  "port",
  "supplement",
  "change",
  "disconnect",
  "cancel",
  "approval",
] as const;
export type OrderKind = (typeof ORDER_KINDS)[number];

export const REQUEST_SCHEMA_NAMES = [
  "TokenRequest",
  "LumenRequestHeaders",
  "RateCentersQuery",
  "AddressCoverageQuery",
  "TnPortabilityRequest",
  "RateCenterUtilizationRequest",
  "OrderInventoryRequest",
  "ReservedInventoryQuery",
  "CustomerApprovalRequest",
  "OrderRequest",
  "VoiceOrderIdPath",
  "SupplementRequest",
  "ChangeOrderRequest",
  "DisconnectRequest",
  "CancelOrderRequest",
  "PortNowRequest",
  "OrderStatusQuery",
  "NotificationsQuery",
  "ActiveInventoryQuery",
] as const;
export type RequestSchemaName = (typeof REQUEST_SCHEMA_NAMES)[number];

export const RESPONSE_SCHEMA_NAMES = [
  "TokenResponse",
  "RateCentersResponse",
  "AddressCoverageResponse",
  "TnPortabilityResponse",
  "RateCenterUtilizationResponse",
  "OrderAcceptedResponse",
  "ReservedInventoryResponse",
  "OrderStatusResponse",
  "NotificationsResponse",
  "ActiveInventoryResponse",
  "LumenErrorBody",
] as const;
export type ResponseSchemaName = (typeof RESPONSE_SCHEMA_NAMES)[number];

export interface LumenOperation {
  operationId: string;
  method: HttpMethod;
  /** Every path Lumen answers on; the first is the one our client calls. */
  paths: readonly [string, ...string[]];
  /** `basic` only for the token call; every /Voice call needs the bearer token and `x-customer-number`. */
  auth: "basic" | "bearer";
  query?: RequestSchemaName;
  pathParams?: RequestSchemaName;
  body?: RequestSchemaName;
  bodyMediaType?: "application/json" | "application/x-www-form-urlencoded";
  response: ResponseSchemaName;
  /** Order kinds this operation creates or acts on; empty for look-ups. */
  orderKinds: readonly OrderKind[];
  summary: string;
  /** Why the method/path is our guess, when the guide does not name it. */
  assumed?: string;
}

export const LUMEN_OPERATIONS = [
  {
    operationId: "getAccessToken",
    method: "POST",
    paths: ["/oauth/token"],
    auth: "basic",
    body: "TokenRequest",
    bodyMediaType: "application/x-www-form-urlencoded",
    response: "TokenResponse",
    orderKinds: [],
    summary: "OAuth 2.0 client-credentials grant: Basic client_id:client_secret in, bearer token out.",
  },
  {
    operationId: "listRateCenters",
    method: "GET",
    paths: ["/Voice/v1/Numbers/rateCenters", "/Voice/v1/Number/rateCenters"],
    auth: "bearer",
    query: "RateCentersQuery",
    response: "RateCentersResponse",
    orderKinds: [],
    summary: "Rate center and state combinations to use when ordering numbers, paged.",
  },
  {
    operationId: "checkAddressCoverage",
    method: "GET",
    paths: ["/Voice/v1/Numbers/coverage"],
    auth: "bearer",
    query: "AddressCoverageQuery",
    response: "AddressCoverageResponse",
    orderKinds: [],
    summary: "Lumen service coverage for a service address.",
  },
  {
    operationId: "checkTnPortability",
    method: "POST",
    paths: ["/Voice/v1/Numbers/coverage"],
    auth: "bearer",
    body: "TnPortabilityRequest",
    response: "TnPortabilityResponse",
    orderKinds: [],
    summary: "Portability of each telephone number into Lumen.",
  },
  {
    operationId: "checkRateCenterUtilization",
    method: "POST",
    paths: ["/Voice/v1/Numbers/rateCenters/utilization"],
    auth: "bearer",
    body: "RateCenterUtilizationRequest",
    response: "RateCenterUtilizationResponse",
    orderKinds: [],
    summary: "Inventory utilization per rate center (75% needed before reserving more).",
  },
  {
    operationId: "orderInventory",
    method: "POST",
    paths: ["/Voice/v1/Numbers/orderInventory"],
    auth: "bearer",
    body: "OrderInventoryRequest",
    response: "OrderAcceptedResponse",
    orderKinds: ["reserve"],
    summary: "Reserve telephone numbers into inventory, per rate center and state.",
  },
  {
    operationId: "listReservedInventory",
    method: "GET",
    paths: ["/Voice/v1/Numbers/inventory"],
    auth: "bearer",
    query: "ReservedInventoryQuery",
    response: "ReservedInventoryResponse",
    orderKinds: [],
    summary: "Reserved (not yet subscribed) telephone numbers in inventory, paged.",
  },
  {
    operationId: "submitCustomerApproval",
    method: "POST",
    paths: ["/Voice/v1/Numbers/customerApproval"],
    auth: "bearer",
    body: "CustomerApprovalRequest",
    response: "OrderAcceptedResponse",
    orderKinds: ["approval"],
    summary: "Answer a backorder: reject, accept with backorder, or accept available only.",
  },
  {
    operationId: "submitOrder",
    method: "POST",
    paths: ["/Voice/v1/Numbers/order"],
    auth: "bearer",
    body: "OrderRequest",
    response: "OrderAcceptedResponse",
    orderKinds: ["install", "port"],
    summary: "Install numbers from inventory or port numbers in, for LI (2036) or ELS (2042).",
  },
  {
    operationId: "supplementOrder",
    method: "POST",
    paths: ["/Voice/v1/Numbers/order/{voiceOrderId}/supplement"],
    auth: "bearer",
    pathParams: "VoiceOrderIdPath",
    body: "SupplementRequest",
    response: "OrderAcceptedResponse",
    orderKinds: ["supplement"],
    summary: "Change request date, subscriber or address of an in-flight LNP order.",
  },
  {
    operationId: "changeOrder",
    method: "POST",
    paths: ["/Voice/v1/Numbers/order/change"],
    auth: "bearer",
    body: "ChangeOrderRequest",
    response: "OrderAcceptedResponse",
    orderKinds: ["change"],
    summary: "Change subscriber, address, directory listing, CNAM, E911 or customer service name of active TNs.",
    assumed: "The guide calls it the order/change API without giving the full path.",
  },
  {
    operationId: "disconnectOrder",
    method: "POST",
    paths: ["/Voice/v1/Numbers/order/disconnect"],
    auth: "bearer",
    body: "DisconnectRequest",
    response: "OrderAcceptedResponse",
    orderKinds: ["disconnect"],
    summary: "Disconnect active telephone numbers on a requested date.",
    assumed: "The guide describes disconnect orders without a path; named like order/change.",
  },
  {
    operationId: "cancelOrder",
    method: "POST",
    paths: ["/Voice/v1/Numbers/order/cancel"],
    auth: "bearer",
    body: "CancelOrderRequest",
    response: "OrderAcceptedResponse",
    orderKinds: ["cancel"],
    summary: "Cancel an in-flight voice order, or only one child (transaction) order of it.",
    assumed: "The guide describes cancel orders without a path; named like order/change.",
  },
  {
    operationId: "portNow",
    method: "POST",
    paths: ["/Voice/v1/Numbers/lnp/portnow"],
    auth: "bearer",
    body: "PortNowRequest",
    response: "OrderAcceptedResponse",
    orderKinds: ["port"],
    summary: "Activate a port in real time once FOC and losing-carrier concurrence are in.",
  },
  {
    operationId: "getOrderStatus",
    method: "GET",
    paths: ["/Voice/v1/Numbers/orderStatus"],
    auth: "bearer",
    query: "OrderStatusQuery",
    response: "OrderStatusResponse",
    orderKinds: [],
    summary: "Status of an order by voiceOrderId or externalOrderID.",
    assumed: "The guide names GET /orderStatus; placed under /Voice/v1/Numbers like the others.",
  },
  {
    operationId: "listNotifications",
    method: "GET",
    paths: ["/Voice/v1/Numbers/notifications"],
    auth: "bearer",
    query: "NotificationsQuery",
    response: "NotificationsResponse",
    orderKinds: [],
    summary: "Notifications of a voice order or a time window, up to 180 days back.",
    assumed: "The guide names GET /notifications; placed under /Voice/v1/Numbers like the others.",
  },
  {
    operationId: "getActiveInventoryReport",
    method: "GET",
    paths: ["/Voice/v1/Numbers/inventoryDetails"],
    auth: "bearer",
    query: "ActiveInventoryQuery",
    response: "ActiveInventoryResponse",
    orderKinds: [],
    summary: "Active (subscribed) TNs with subscriber, address, E911 and customer service name.",
    assumed: "The guide describes the inventory details report without a path.",
  },
] as const satisfies readonly LumenOperation[];

export type LumenOperationId = (typeof LUMEN_OPERATIONS)[number]["operationId"];

/** The customer-number header every /Voice call carries beside the bearer token. */
export const LUMEN_CUSTOMER_NUMBER_HEADER = "x-customer-number";
