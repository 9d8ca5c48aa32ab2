// Schema name (as listed in operations.ts and used as the OpenAPI component name) → zod
// schema. Request schemas are builders taking the rule clock, so a caller never needs to
// know which rules compare with "now": `buildRequestSchema("DisconnectRequest", { now })`.
import type { z } from "zod";
import type { RequestSchemaName, ResponseSchemaName } from "../operations";
import { ActiveInventoryQuerySchema, ActiveInventoryResponseSchema } from "./active-inventory";
import { AddressCoverageQuerySchema, AddressCoverageResponseSchema } from "./address-coverage";
import { CancelOrderRequestSchema } from "./cancel-order";
import { ChangeOrderRequestSchema } from "./change-order";
import { CustomerApprovalRequestSchema } from "./customer-approval";
import { makeDisconnectRequestSchema } from "./disconnect-order";
import { LumenErrorBodySchema } from "./error-body";
import type { RuleClock } from "./fields/request-date";
import { keptForTheDay } from "./kept-for-the-day";
import { NotificationsQuerySchema, NotificationsResponseSchema } from "./notifications";
import { makeOrderRequestSchema } from "./order";
import { OrderAcceptedResponseSchema } from "./order-accepted";
import { OrderInventoryRequestSchema } from "./order-inventory";
import { OrderStatusQuerySchema, OrderStatusResponseSchema } from "./order-status";
import { PortNowRequestSchema } from "./port-now";
import { RateCenterUtilizationRequestSchema, RateCenterUtilizationResponseSchema } from "./rate-center-utilization";
import { RateCentersQuerySchema, RateCentersResponseSchema } from "./rate-centers";
import { LumenRequestHeadersSchema } from "./request-headers";
import { ReservedInventoryQuerySchema, ReservedInventoryResponseSchema } from "./reserved-inventory";
import { makeSupplementRequestSchema, VoiceOrderIdPathSchema } from "./supplement-order";
import { TnPortabilityRequestSchema, TnPortabilityResponseSchema } from "./tn-portability";
import { TokenRequestSchema, TokenResponseSchema } from "./token";

export const REQUEST_SCHEMA_BUILDERS = {
  TokenRequest: () => TokenRequestSchema,
  LumenRequestHeaders: () => LumenRequestHeadersSchema,
  RateCentersQuery: () => RateCentersQuerySchema,
  AddressCoverageQuery: () => AddressCoverageQuerySchema,
  TnPortabilityRequest: () => TnPortabilityRequestSchema,
  RateCenterUtilizationRequest: () => RateCenterUtilizationRequestSchema,
  OrderInventoryRequest: () => OrderInventoryRequestSchema,
  ReservedInventoryQuery: () => ReservedInventoryQuerySchema,
  CustomerApprovalRequest: () => CustomerApprovalRequestSchema,
  OrderRequest: makeOrderRequestSchema,
  VoiceOrderIdPath: () => VoiceOrderIdPathSchema,
  SupplementRequest: makeSupplementRequestSchema,
  ChangeOrderRequest: () => ChangeOrderRequestSchema,
  DisconnectRequest: makeDisconnectRequestSchema,
  CancelOrderRequest: () => CancelOrderRequestSchema,
  PortNowRequest: () => PortNowRequestSchema,
  OrderStatusQuery: () => OrderStatusQuerySchema,
  NotificationsQuery: () => NotificationsQuerySchema,
  ActiveInventoryQuery: () => ActiveInventoryQuerySchema,
} satisfies Record<RequestSchemaName, (clock: RuleClock) => z.ZodType>;

export const RESPONSE_SCHEMAS = {
  TokenResponse: TokenResponseSchema,
  RateCentersResponse: RateCentersResponseSchema,
  AddressCoverageResponse: AddressCoverageResponseSchema,
  TnPortabilityResponse: TnPortabilityResponseSchema,
  RateCenterUtilizationResponse: RateCenterUtilizationResponseSchema,
  OrderAcceptedResponse: OrderAcceptedResponseSchema,
  ReservedInventoryResponse: ReservedInventoryResponseSchema,
  OrderStatusResponse: OrderStatusResponseSchema,
  NotificationsResponse: NotificationsResponseSchema,
  ActiveInventoryResponse: ActiveInventoryResponseSchema,
  LumenErrorBody: LumenErrorBodySchema,
} satisfies Record<ResponseSchemaName, z.ZodType>;

type RequestBuilders = typeof REQUEST_SCHEMA_BUILDERS;

const requestSchemaOfTheDay = keptForTheDay((name: RequestSchemaName, clock: RuleClock): z.ZodType => REQUEST_SCHEMA_BUILDERS[name](clock));

export function buildRequestSchema<N extends RequestSchemaName>(name: N, clock: RuleClock): ReturnType<RequestBuilders[N]> {
  return requestSchemaOfTheDay(name, clock) as ReturnType<RequestBuilders[N]>;
}

export function getResponseSchema<N extends ResponseSchemaName>(name: N): (typeof RESPONSE_SCHEMAS)[N] {
  return RESPONSE_SCHEMAS[name];
}
