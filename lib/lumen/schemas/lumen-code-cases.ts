// One bad request per Lumen code that a request schema pre-empts: each is a valid sample
// with one thing changed, and the schema must answer with exactly that code. `jsonSchema`
// says whether the OpenAPI document can express the rule too (cross-field and "now"
// rules it cannot), which the OpenAPI agreement test relies on.
import type { RequestSchemaName } from "../operations";
import {
  sampleAddress,
  sampleBusinessElsLine,
  sampleChange,
  sampleDisconnect,
  sampleElsInstall,
  sampleLiInstall,
  samplePort,
  sampleReservation,
  sampleResidentialLine,
} from "./sample-requests";

export interface LumenCodeCase {
  code: number;
  schema: RequestSchemaName;
  input: unknown;
  /** False when only zod can see the problem (cross-field, date arithmetic, counts over ranges). */
  jsonSchema: boolean;
}

const liLine = (patch: object) => ({ ...sampleLiInstall, subscriberLines: [{ ...sampleResidentialLine, ...patch }] });
const elsLine = (patch: object) => ({ ...sampleElsInstall, subscriberLines: [{ ...sampleBusinessElsLine, ...patch }] });
const address = (patch: object) => liLine({ serviceAddress: { ...sampleAddress, ...patch } });
const listing = (patch: object) => elsLine({ directoryListing: { ...sampleBusinessElsLine.directoryListing, ...patch } });
const cnam = (patch: object) => liLine({ cnam: { ...sampleResidentialLine.cnam, ...patch } });
const reservation = (patch: object) => ({ ...sampleReservation, rateCenters: [{ ...sampleReservation.rateCenters[0], ...patch }] });
const port = (patch: object) => ({ ...samplePort, ...patch });
const change = (patch: object) => ({ ...sampleChange, ...patch });
const disconnectOn = (customerRequestDate: string | undefined) => ({ ...sampleDisconnect, customerRequestDate });
const headers = { authorization: "Bearer abc123", "x-customer-number": "2-B6-7890" };
const longName = "Sixteen chars 16";

const row = (code: number, schema: RequestSchemaName, input: unknown, jsonSchema = true): LumenCodeCase => ({
  code,
  schema,
  input,
  jsonSchema,
});

export const LUMEN_CODE_CASES: readonly LumenCodeCase[] = [
  row(10007, "OrderInventoryRequest", reservation({ quantity: 400 })),
  row(10007, "OrderRequest", { ...sampleLiInstall, tnList: [{ startTN: "3035551000", endTN: "3035551399" }] }, false), // 400 on one install
  // 300 and 100 on two lines of one rate center, however it is written.
  row(10007, "OrderInventoryRequest", { ...sampleReservation, rateCenters: [{ rateCenter: "DENVER", state: "CO", quantity: 300 }, { rateCenter: "Denver", state: "CO", quantity: 100 }] }, false),
  row(10011, "OrderInventoryRequest", reservation({ quantity: 0 })),
  row(20000, "OrderInventoryRequest", { ...sampleReservation, productID: "2099" }),
  row(20001, "OrderRequest", liLine({ customerType: "X" })),
  row(20003, "OrderRequest", liLine({ lastName: undefined }), false),
  row(20004, "OrderRequest", elsLine({ businessName: undefined }), false),
  row(20005, "OrderRequest", liLine({ businessName: "Ann's Shop" }), false),
  row(20006, "OrderRequest", elsLine({ firstName: "Ann" }), false),
  row(20007, "OrderRequest", address({ streetNumber: undefined })),
  row(20008, "OrderRequest", address({ streetName: "" })),
  row(20010, "OrderRequest", address({ city: undefined })),
  row(20011, "OrderRequest", address({ state: "ZZ" })),
  row(20012, "OrderRequest", address({ zip: undefined })),
  row(20013, "OrderRequest", address({ zip: "8002" })),
  row(20014, "OrderRequest", address({ secondaryLocation: "Building 7, Floor 12, Suite 1200" })),
  row(20015, "OrderRequest", { ...sampleLiInstall, tnList: [] }),
  row(20019, "OrderRequest", listing({ directoryBusinessName: undefined }), false),
  row(
    20020,
    "OrderRequest",
    {
      ...sampleElsInstall,
      subscriberLines: [{ ...sampleResidentialLine, e911Option: "STATIC911", directoryListing: { directoryListingAction: "A", directoryListingType: "2", directoryFirstName: "Ann" } }],
    },
    false,
  ),
  row(20021, "OrderRequest", listing({ directoryListingType: "3" })),
  row(20022, "OrderRequest", listing({ directoryListingAction: "R" })),
  row(20023, "OrderRequest", cnam({ blockCustomerName: "maybe" })),
  row(20024, "OrderRequest", cnam({ customerName: undefined })),
  row(20025, "OrderRequest", { ...sampleLiInstall, tnList: ["303555123"] }),
  row(20026, "OrderRequest", port({ loaName: undefined })),
  row(20027, "OrderRequest", port({ loaReceived: "N" })),
  row(20028, "OrderRequest", port({ loaDateTime: undefined })),
  row(20029, "OrderRequest", { ...sampleLiInstall, subscriberLines: [] }),
  row(20029, "OrderRequest", port({ tnList: [{ startTN: "7205550100", endTN: "7205550149" }] }), false), // 50 on one port
  row(20030, "OrderRequest", { ...sampleLiInstall, subscriberLines: [sampleResidentialLine, sampleResidentialLine] }),
  row(20031, "OrderRequest", port({ subscriberLines: [samplePort.subscriberLines[0], samplePort.subscriberLines[0]] })),
  row(20040, "OrderRequest", liLine({ e911Option: "CP911" }), false),
  row(20043, "ChangeOrderRequest", change({ customerType: undefined }), false),
  row(20044, "ChangeOrderRequest", change({ customerType: "R" }), false),
  row(20045, "ChangeOrderRequest", change({ customerType: "B", businessName: undefined, firstName: "Ann", lastName: "Lee" }), false),
  row(20046, "ChangeOrderRequest", change({ customerType: "R", businessName: undefined, firstName: "Ann" }), false),
  // A type changed alone leaves the subscriber without the name that type needs.
  row(20003, "ChangeOrderRequest", change({ customerType: "R", businessName: undefined }), false),
  row(20004, "ChangeOrderRequest", change({ businessName: undefined }), false),
  row(20029, "ChangeOrderRequest", change({ productID: "2036", directoryListing: { directoryListingAction: "C", directoryBusinessName: "Acme Plumbing Co" } }), false),
  row(20047, "OrderRequest", port({ loaDateTime: "2026-11-20" })),
  row(20048, "SupplementRequest", {}, false),
  // A supplement that makes the subscriber a residence (or a business) brings its names.
  row(20003, "SupplementRequest", { customerType: "R", firstName: "Ann" }, false),
  row(20004, "SupplementRequest", { customerType: "B" }, false),
  row(20049, "CustomerApprovalRequest", { voiceOrderId: "VO 1001!", decision: "REJECT" }),
  row(20050, "OrderRequest", port({ customerRequestDate: "2026/12/01 00:00" })),
  row(20051, "ChangeOrderRequest", change({ directoryListing: { directoryListingAction: "A", directoryBusinessName: "Acme" } })),
  row(20052, "ChangeOrderRequest", change({ directoryListing: { directoryListingAction: "C" } }), false),
  row(20057, "ChangeOrderRequest", { productID: "2042", tnList: ["3035551234"] }, false),
  row(20064, "CancelOrderRequest", {}),
  row(20067, "DisconnectRequest", disconnectOn(undefined)),
  row(20068, "DisconnectRequest", disconnectOn("2026-11-26T15:00:00Z"), false), // Thanksgiving
  row(20069, "DisconnectRequest", disconnectOn("2026-12-01 00:00:00")),
  row(20082, "OrderInventoryRequest", reservation({ pbxIndex: "11" })),
  row(20083, "OrderInventoryRequest", reservation({ pbxValue: "x" })),
  row(20084, "OrderInventoryRequest", reservation({ sequentialIndicator: "yes" })),
  row(20084, "OrderInventoryRequest", reservation({ sequentialIndicator: "N" })),
  row(20085, "OrderInventoryRequest", reservation({ rateCenter: undefined })),
  row(20088, "OrderInventoryRequest", reservation({ state: undefined })),
  row(20090, "OrderInventoryRequest", reservation({ tnList: ["3035551234"] }), false),
  row(20091, "OrderInventoryRequest", reservation({ tnLocNpa: undefined, tnLocNxx: "555" }), false),
  row(20092, "OrderInventoryRequest", reservation({ tnLocState: "Colorado" })),
  row(20092, "OrderInventoryRequest", reservation({ tnLocState: "ZZ" })),
  row(20092, "OrderInventoryRequest", reservation({ tnLocZip: "8020" })),
  row(20092, "OrderInventoryRequest", reservation({ tnLocCity: "" })),
  row(20102, "LumenRequestHeaders", { authorization: headers.authorization }),
  row(20103, "RateCentersQuery", { productID: "2036", pageNumber: 0 }),
  row(20104, "RateCentersQuery", { productID: "2036", pageSize: 501 }),
  row(20112, "OrderRequest", port({ losingCarrierAccountNumber: "ACCT#778" })),
  row(20113, "OrderRequest", port({ losingCarrierPin: "12345678901" })),
  row(20114, "OrderRequest", port({ losingCarrierWirelessLnp: "maybe" })),
  row(20115, "OrderInventoryRequest", reservation({ tnLocNpa: undefined, tnList: ["555"] })),
  row(20204, "OrderRequest", port({ billingTelephoneNumber: "720555010" })),
  row(20210, "OrderRequest", liLine({ firstName: "Ann!" })),
  row(20211, "OrderRequest", liLine({ lastName: "O'Neil #2" })),
  row(20213, "DisconnectRequest", disconnectOn("2027-01-05T00:00:00Z"), false),
  row(20214, "OrderRequest", port({ customerRequestDate: "2026-11-24T00:00:00Z" }), false),
  // A past install date is in the past before it is less than a week ahead.
  row(20214, "OrderRequest", { ...sampleElsInstall, customerRequestDate: "2026-11-24T00:00:00Z" }, false),
  row(20215, "OrderRequest", { ...sampleElsInstall, customerRequestDate: "2026-12-07" }),
  row(20217, "TnPortabilityRequest", { tnList: ["555"] }),
  row(20218, "OrderRequest", cnam({ customerName: longName })),
  row(20231, "OrderRequest", { ...sampleElsInstall, customerRequestDate: "2026-11-30T00:00:00Z" }, false),
  row(20232, "OrderRequest", listing({ directoryListingAction: "C" })),
  row(20237, "OrderRequest", liLine({ firstName: "José" })),
  row(20237, "OrderRequest", address({ streetSuffix: "Vía" })),
  row(20237, "OrderRequest", address({ secondaryLocation: "Étage 2" })),
  row(20237, "OrderInventoryRequest", reservation({ tnLocCity: "Cañon City" })),
  row(403001, "LumenRequestHeaders", { ...headers, authorization: "Basic abc123" }),
];
