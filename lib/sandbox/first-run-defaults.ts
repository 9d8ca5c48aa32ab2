import { SEED_DATA } from "./seed-data";

// What /setup offers on a first run: the sandbox's first customer and its own test
// application, so a newcomer's portal talks to the local sandbox without editing
// anything. Read from the seed so the two cannot disagree.
const FIRST_RUN_CUSTOMER = "1-ABC-23";

export function sandboxFirstRunDefaults(): { customerNumber: string; clientId: string; clientSecret: string } {
  const application = SEED_DATA.applications.find(
    (app) => app.customerNumbers.length === 1 && app.customerNumbers[0] === FIRST_RUN_CUSTOMER,
  );
  if (!application) throw new Error(`The sandbox seed has no application of its own for ${FIRST_RUN_CUSTOMER}.`);
  return { customerNumber: FIRST_RUN_CUSTOMER, clientId: application.clientId, clientSecret: application.clientSecret };
}
