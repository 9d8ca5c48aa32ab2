// The shape of the sandbox's seed data: the fixed world (customers, their applications,
// rate centers and their inventory behaviour) that every fresh or reset sandbox starts from.

export type ProductId = "2036" | "2042";

export type WebhookAuth =
  | { type: "basic"; username: string; password: string }
  | { type: "oauth"; tokenUrl: string; clientId: string; clientSecret: string };

export interface WebhookSettings {
  url: string;
  auth: WebhookAuth;
}

export interface SeedCustomer {
  customerNumber: string;
  name: string;
  /** An inactive customer number answers 1429 on every call. */
  active: boolean;
  /** Orders are accepted, then put on credit hold (1807). */
  creditHold: boolean;
  /** Customer-provided 911 (CP911): lets ELS orders use rate centers without static 911. */
  cp911: boolean;
  customerServiceNames: string[];
  /** Known names missing from the order mapping list: 20032 on orders. */
  unmappedServiceNames: string[];
  webhook: WebhookSettings | null;
}

/** An API application: one client id/secret pair and the customer numbers it may act for. */
export interface SeedApplication {
  clientId: string;
  clientSecret: string;
  customerNumbers: string[];
}

/**
 * What happens to a backorder placed at this rate center when the sandbox tries to fill
 * it: filled (10002), or cancelled with 10004, 10009 (consolidated) or 10010 (not native).
 */
export type BackorderOutcome = "fulfil" | "cannot-fulfil" | "consolidated" | "not-native";

export interface SeedRateCenter {
  rateCenter: string;
  state: string;
  products: ProductId[];
  static911: boolean;
  /** closed: 1302 on orders; no-coverage: 1303. */
  status: "open" | "closed" | "no-coverage";
  npa: string;
  /** Exchanges new numbers are drawn from, in order. */
  nxxs: string[];
  /** Numbers free to reserve right now. */
  available: number;
  backordersSupported: boolean;
  /** Every number here is PBX restricted: exceeding the stock answers 10015. */
  pbxRestricted: boolean;
  backorderOutcome: BackorderOutcome;
}

export interface SeedTelephoneNumber {
  tn: string;
  customerNumber: string;
  rateCenter: string;
  state: string;
  productId: ProductId;
  status: "reserved" | "active";
  customerServiceName?: string;
  /** Active numbers: the subscriber line they were installed with (install-order shape). */
  subscriber?: Record<string, unknown>;
}

export interface SeedData {
  applications: SeedApplication[];
  customers: SeedCustomer[];
  rateCenters: SeedRateCenter[];
  telephoneNumbers: SeedTelephoneNumber[];
  /** Numbers the donating carrier refuses to port (besides every number ending in 9999). */
  nonPortableTns: string[];
}
