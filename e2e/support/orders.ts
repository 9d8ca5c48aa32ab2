import { randomUUID } from "node:crypto";

// An install order as the portal's API takes it, for specs that place one past the wizard.

const ADA_BYRON = {
  customerType: "R",
  firstName: "Ada",
  lastName: "Byron",
  serviceAddress: { streetNumber: "9", streetName: "Larimer", city: "Denver", state: "CO", zip: "80202" },
};

/** `POST /api/orgs/{org}/orders` data: a Local Inbound install of `tnList` for a residential subscriber in Denver. */
export function installSubmission(tnList: string[], options: { customerServiceName?: string } = {}) {
  return {
    type: "install",
    idempotencyKey: randomUUID(),
    request: { orderType: "NEW", productID: "2036", tnList, ...options, subscriberLines: [ADA_BYRON] },
  };
}
