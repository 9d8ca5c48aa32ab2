// The client types generated from openapi.yaml are the very types zod infers. Checked by
// the type checker (npx tsc --noEmit -p .); at run time these assertions do nothing.
// Query schemas compare their parsed side: a query string's "2" becomes the document's integer.
import { describe, expectTypeOf, it } from "vitest";
import type { components } from "./generated/openapi";
import type * as Schemas from "./schemas";

type Component = components["schemas"];

describe("generated OpenAPI types", () => {
  it("equal the zod request types", () => {
    expectTypeOf<Component["TokenRequest"]>().toEqualTypeOf<Schemas.TokenRequest>();
    expectTypeOf<Component["LumenRequestHeaders"]>().toEqualTypeOf<Schemas.LumenRequestHeaders>();
    expectTypeOf<Component["AddressCoverageQuery"]>().toEqualTypeOf<Schemas.AddressCoverageQuery>();
    expectTypeOf<Component["TnPortabilityRequest"]>().toEqualTypeOf<Schemas.TnPortabilityRequest>();
    expectTypeOf<Component["RateCenterUtilizationRequest"]>().toEqualTypeOf<Schemas.RateCenterUtilizationRequest>();
    expectTypeOf<Component["OrderInventoryRequest"]>().toEqualTypeOf<Schemas.OrderInventoryRequest>();
    expectTypeOf<Component["CustomerApprovalRequest"]>().toEqualTypeOf<Schemas.CustomerApprovalRequest>();
    expectTypeOf<Component["OrderRequest"]>().toEqualTypeOf<Schemas.OrderRequest>();
    expectTypeOf<Component["VoiceOrderIdPath"]>().toEqualTypeOf<Schemas.VoiceOrderIdPath>();
    expectTypeOf<Component["SupplementRequest"]>().toEqualTypeOf<Schemas.SupplementRequest>();
    expectTypeOf<Component["ChangeOrderRequest"]>().toEqualTypeOf<Schemas.ChangeOrderRequest>();
    expectTypeOf<Component["DisconnectRequest"]>().toEqualTypeOf<Schemas.DisconnectRequest>();
    expectTypeOf<Component["CancelOrderRequest"]>().toEqualTypeOf<Schemas.CancelOrderRequest>();
    expectTypeOf<Component["PortNowRequest"]>().toEqualTypeOf<Schemas.PortNowRequest>();
    expectTypeOf<Component["OrderStatusQuery"]>().toEqualTypeOf<Schemas.OrderStatusQuery>();
    expectTypeOf<Component["NotificationsQuery"]>().toEqualTypeOf<Schemas.NotificationsQuery>();
    expectTypeOf<Component["RateCentersQuery"]>().toEqualTypeOf<Schemas.ParsedRateCentersQuery>();
    expectTypeOf<Component["ReservedInventoryQuery"]>().toEqualTypeOf<Schemas.ParsedReservedInventoryQuery>();
    expectTypeOf<Component["ActiveInventoryQuery"]>().toEqualTypeOf<Schemas.ParsedActiveInventoryQuery>();
  });

  it("equal the zod response types", () => {
    expectTypeOf<Component["TokenResponse"]>().toEqualTypeOf<Schemas.TokenResponse>();
    expectTypeOf<Component["RateCentersResponse"]>().toEqualTypeOf<Schemas.RateCentersResponse>();
    expectTypeOf<Component["AddressCoverageResponse"]>().toEqualTypeOf<Schemas.AddressCoverageResponse>();
    expectTypeOf<Component["TnPortabilityResponse"]>().toEqualTypeOf<Schemas.TnPortabilityResponse>();
    expectTypeOf<Component["RateCenterUtilizationResponse"]>().toEqualTypeOf<Schemas.RateCenterUtilizationResponse>();
    expectTypeOf<Component["OrderAcceptedResponse"]>().toEqualTypeOf<Schemas.OrderAcceptedResponse>();
    expectTypeOf<Component["ReservedInventoryResponse"]>().toEqualTypeOf<Schemas.ReservedInventoryResponse>();
    expectTypeOf<Component["OrderStatusResponse"]>().toEqualTypeOf<Schemas.OrderStatusResponse>();
    expectTypeOf<Component["NotificationsResponse"]>().toEqualTypeOf<Schemas.NotificationsResponse>();
    expectTypeOf<Component["ActiveInventoryResponse"]>().toEqualTypeOf<Schemas.ActiveInventoryResponse>();
    expectTypeOf<Component["LumenErrorBody"]>().toEqualTypeOf<Schemas.LumenErrorBody>();
  });
});
