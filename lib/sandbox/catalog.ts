import { rateCenterKey } from "./state";
import type { SeedApplication, SeedCustomer, SeedData, SeedRateCenter } from "./seed-types";

// Read-only lookups over the seed: who the customers and applications are, which rate
// centers exist and how each behaves, and which numbers refuse to port.

export interface Catalog {
  seed: SeedData;
  customer(customerNumber: string): SeedCustomer | undefined;
  application(clientId: string): SeedApplication | undefined;
  rateCenter(state: string, rateCenter: string): SeedRateCenter | undefined;
  /** The rate center whose exchanges include this number's NPA-NXX, if any. */
  rateCenterOfTn(tn: string): SeedRateCenter | undefined;
  isPortable(tn: string): boolean;
}

export function createCatalog(seed: SeedData): Catalog {
  const customers = new Map(seed.customers.map((c) => [c.customerNumber, c]));
  const applications = new Map(seed.applications.map((a) => [a.clientId, a]));
  const rateCenters = new Map(seed.rateCenters.map((rc) => [rateCenterKey(rc.state, rc.rateCenter), rc]));
  const byExchange = new Map<string, SeedRateCenter>();
  for (const rc of seed.rateCenters) for (const nxx of rc.nxxs) byExchange.set(rc.npa + nxx, rc);
  const nonPortable = new Set(seed.nonPortableTns);

  return {
    seed,
    customer: (customerNumber) => customers.get(customerNumber.toUpperCase()),
    application: (clientId) => applications.get(clientId),
    rateCenter: (state, rateCenter) => rateCenters.get(rateCenterKey(state, rateCenter)),
    rateCenterOfTn: (tn) => byExchange.get(tn.slice(-10, -4)),
    isPortable: (tn) => !tn.endsWith("9999") && !nonPortable.has(tn.slice(-10)),
  };
}
