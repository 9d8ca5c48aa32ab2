// One valid and one invalid body per response schema, for the OpenAPI agreement test and
// as fixtures for the simulator's own tests.
import type { ResponseSchemaName } from "../operations";

const page = { pageNumber: 1, pageSize: 10, totalCount: 1 };
const address = { streetNumber: "1025", streetName: "Eldorado", city: "Broomfield", state: "CO", zip: "80021" };

export const SAMPLE_RESPONSES: ReadonlyArray<{ schema: ResponseSchemaName; valid: unknown; invalid: unknown }> = [
  {
    schema: "TokenResponse",
    valid: { access_token: "NNb28MBFtGdsobXZcldAxtrSYp9C", token_type: "Bearer", expires_in: 3600 },
    invalid: { access_token: "NNb28MBFtGdsobXZcldAxtrSYp9C", token_type: "Bearer", expires_in: "3600" },
  },
  {
    schema: "RateCentersResponse",
    valid: { ...page, rateCenters: [{ rateCenter: "DENVER", state: "CO", static911: true }] },
    invalid: { ...page, rateCenters: [{ rateCenter: "DENVER", state: "CO" }] },
  },
  { schema: "AddressCoverageResponse", valid: { covered: true, rateCenter: "DENVER", state: "CO" }, invalid: { covered: "yes" } },
  {
    schema: "TnPortabilityResponse",
    valid: { results: [{ telephoneNumber: "7205550100", portable: false, reason: "Not portable" }] },
    invalid: { results: [{ telephoneNumber: "7205550100" }] },
  },
  {
    schema: "RateCenterUtilizationResponse",
    valid: { utilization: [{ rateCenter: "DENVER", state: "CO", reservedCount: 10, activeCount: 8, utilizationPercent: 80, canOrderMore: true }] },
    invalid: { utilization: [{ rateCenter: "DENVER", state: "CO", reservedCount: 10, activeCount: 8, utilizationPercent: 180, canOrderMore: true }] },
  },
  { schema: "OrderAcceptedResponse", valid: { voiceOrderId: "VO-1001", status: "CREATED" }, invalid: { voiceOrderId: "VO-1001", status: "created" } },
  {
    schema: "ReservedInventoryResponse",
    valid: { ...page, telephoneNumbers: [{ telephoneNumber: "3035551234", rateCenter: "DENVER", state: "CO", voiceOrderID: "VO-1001", reservedAt: "2026-11-25T12:00:00Z" }] },
    invalid: { ...page, telephoneNumbers: [{ telephoneNumber: "3035551234" }] },
  },
  {
    schema: "OrderStatusResponse",
    valid: { voiceOrderId: "VO-1001", orderType: "PORT", status: "IN_PROGRESS", createdAt: "2026-11-25T12:00:00Z", updatedAt: "2026-11-25T12:00:00Z", focDate: "2026-12-01T00:00:00Z" },
    invalid: { voiceOrderId: "VO-1001", orderType: "PORT", status: "IN_PROGRESS" },
  },
  {
    schema: "NotificationsResponse",
    valid: { notifications: [{ voiceOrderId: "VO-1001", customerNumber: "2-B6-7890", notificationCode: 903, notificationMessage: "FOC scheduled", createdAt: "2026-11-25T12:00:00Z" }] },
    invalid: { notifications: [{ voiceOrderId: "VO-1001", notificationCode: "903" }] },
  },
  {
    schema: "ActiveInventoryResponse",
    valid: { ...page, telephoneNumbers: [{ telephoneNumber: "3035551234", productID: "2042", customerType: "B", businessName: "Acme", serviceAddress: address }] },
    invalid: { ...page, telephoneNumbers: [{ telephoneNumber: "3035551234", productID: "2042", customerType: "X", serviceAddress: address }] },
  },
  { schema: "LumenErrorBody", valid: { code: 20013, message: "from codes-table.ts" }, invalid: { code: "20013" } },
];
