import type { SeedData, SeedRateCenter, SeedTelephoneNumber } from "./seed-types";

// The sandbox's world. Deterministic: a reset always comes back to exactly this. Every
// fixture the README lists is built from these rows, so change them together.

/** Where the seeded customers' webhooks go: the portal (`npm start` sets it from its PORT). */
const WEBHOOK_HOST = (process.env.SANDBOX_WEBHOOK_HOST || "http://127.0.0.1:3000").replace(/\/+$/, "");

function rateCenter(row: Partial<SeedRateCenter> & Pick<SeedRateCenter, "rateCenter" | "state" | "npa" | "nxxs">): SeedRateCenter {
  return {
    products: ["2036", "2042"],
    static911: true,
    status: "open",
    available: 20_000,
    backordersSupported: true,
    pbxRestricted: false,
    backorderOutcome: "fulfil",
    ...row,
  };
}

/** `count` consecutive numbers from `first`, all with the same owner and status. */
function numberRange(
  first: string,
  count: number,
  row: Omit<SeedTelephoneNumber, "tn">,
): SeedTelephoneNumber[] {
  return Array.from({ length: count }, (_, i) => ({ ...row, tn: String(Number(first) + i) }));
}

export const SEED_DATA: SeedData = {
  applications: [
    { clientId: "acme-sandbox-client", clientSecret: "acme-sandbox-secret", customerNumbers: ["1-ABC-23"] },
    { clientId: "bluebird-sandbox-client", clientSecret: "bluebird-sandbox-secret", customerNumbers: ["2-B6-7890"] },
    // The portal's demo partner (scripts/demo-partner.ts, npm run seed:demo) signs in with these.
    { clientId: "demo-client", clientSecret: "demo-secret", customerNumbers: ["2-B6-7890"] },
    {
      // A reseller acting for several customers, including the two that cannot order.
      clientId: "reseller-sandbox-client",
      clientSecret: "reseller-sandbox-secret",
      customerNumbers: ["1-ABC-23", "2-B6-7890", "3-CH-1807", "4-IN-0000"],
    },
  ],
  customers: [
    {
      customerNumber: "1-ABC-23",
      name: "Acme Voice Partners",
      active: true,
      creditHold: false,
      cp911: false,
      customerServiceNames: ["ACME-MAIN", "ACME-BACKUP"],
      unmappedServiceNames: ["ACME-LEGACY"],
      webhook: {
        url: `${WEBHOOK_HOST}/voice/notifications`,
        auth: { type: "basic", username: "lumen-acme", password: "acme-webhook-password" },
      },
    },
    {
      customerNumber: "2-B6-7890",
      name: "Bluebird Telecom",
      active: true,
      creditHold: false,
      cp911: true,
      customerServiceNames: ["BLUEBIRD-SIP", "ACME-VOICE"],
      unmappedServiceNames: [],
      webhook: {
        url: `${WEBHOOK_HOST}/voice/notifications`,
        auth: {
          type: "oauth",
          tokenUrl: `${WEBHOOK_HOST}/api/webhook-token`,
          clientId: "lumen-bluebird",
          clientSecret: "bluebird-webhook-secret",
        },
      },
    },
    {
      customerNumber: "3-CH-1807",
      name: "Crimson Hold Networks",
      active: true,
      creditHold: true,
      cp911: false,
      customerServiceNames: ["CRIMSON-MAIN"],
      unmappedServiceNames: [],
      webhook: null,
    },
    {
      customerNumber: "4-IN-0000",
      name: "Dormant Dialtone",
      active: false,
      creditHold: false,
      cp911: false,
      customerServiceNames: [],
      unmappedServiceNames: [],
      webhook: null,
    },
  ],
  rateCenters: [
    rateCenter({ rateCenter: "DENVER", state: "CO", npa: "303", nxxs: ["555", "556", "557"], available: 30_000 }),
    rateCenter({ rateCenter: "BOULDER", state: "CO", npa: "720", nxxs: ["201"], available: 25 }),
    rateCenter({ rateCenter: "GREELEY", state: "CO", npa: "970", nxxs: ["301", "302"], status: "closed" }),
    rateCenter({ rateCenter: "LEADVILLE", state: "CO", npa: "719", nxxs: ["486", "487"], status: "no-coverage" }),
    rateCenter({ rateCenter: "PHOENIX", state: "AZ", npa: "602", nxxs: ["555", "556"] }),
    rateCenter({ rateCenter: "TUCSON", state: "AZ", npa: "520", nxxs: ["333"], available: 10, backordersSupported: false }),
    rateCenter({ rateCenter: "FLAGSTAFF", state: "AZ", npa: "928", nxxs: ["774"], available: 10, pbxRestricted: true }),
    rateCenter({ rateCenter: "SEATTLE", state: "WA", npa: "206", nxxs: ["555", "556"] }),
    rateCenter({ rateCenter: "SPOKANE", state: "WA", npa: "509", nxxs: ["444"], available: 5, backorderOutcome: "cannot-fulfil" }),
    rateCenter({ rateCenter: "TACOMA", state: "WA", npa: "253", nxxs: ["272", "273"], static911: false }),
    rateCenter({ rateCenter: "MINNEAPOLIS", state: "MN", npa: "612", nxxs: ["555", "556"] }),
    rateCenter({ rateCenter: "DULUTH", state: "MN", npa: "218", nxxs: ["727"], available: 5, backorderOutcome: "consolidated" }),
    rateCenter({ rateCenter: "OMAHA", state: "NE", npa: "402", nxxs: ["555", "556"] }),
    rateCenter({ rateCenter: "LINCOLN", state: "NE", npa: "402", nxxs: ["436"], available: 5, backorderOutcome: "not-native" }),
    rateCenter({ rateCenter: "SALT LAKE CITY", state: "UT", npa: "801", nxxs: ["555", "556"], products: ["2036"] }),
    rateCenter({ rateCenter: "OGDEN", state: "UT", npa: "801", nxxs: ["392", "393"], static911: false }),
  ],
  telephoneNumbers: [
    // Acme in Denver: 30 active and 10 reserved, exactly 75 % utilized.
    ...numberRange("3039740101", 30, {
      customerNumber: "1-ABC-23", rateCenter: "DENVER", state: "CO", productId: "2036", status: "active", customerServiceName: "ACME-MAIN",
      subscriber: {
        customerType: "B",
        businessName: "Mile High Dental",
        serviceAddress: { streetNumber: "1600", streetName: "Glenarm", streetSuffix: "PL", city: "Denver", state: "CO", zip: "80202" },
      },
    }),
    ...numberRange("3039740001", 10, {
      customerNumber: "1-ABC-23", rateCenter: "DENVER", state: "CO", productId: "2036", status: "reserved",
    }),
    // Bluebird in Phoenix: 20 reserved and none active, so a new Phoenix order gets 1648.
    ...numberRange("6029740001", 20, {
      customerNumber: "2-B6-7890", rateCenter: "PHOENIX", state: "AZ", productId: "2042", status: "reserved",
    }),
    ...numberRange("2069740001", 5, {
      customerNumber: "2-B6-7890", rateCenter: "SEATTLE", state: "WA", productId: "2042", status: "active", customerServiceName: "BLUEBIRD-SIP",
      subscriber: {
        customerType: "R",
        firstName: "Ada",
        lastName: "Lovelace",
        e911Option: "STATIC911",
        serviceAddress: { streetNumber: "400", streetName: "Broad", streetSuffix: "ST", city: "Seattle", state: "WA", zip: "98109" },
      },
    }),
  ],
  nonPortableTns: ["3125550100", "4155550123"],
};
