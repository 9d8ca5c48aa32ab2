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

export interface SandboxWebhookCredentials {
  webhookAuthMode: "basic" | "oauth";
  webhookPrincipal: string;
  webhookSecret: string;
}

/**
 * The credentials the sandbox's seeded webhook presents for `customerNumber`, when the new
 * organization talks to the local sandbox: stored at first run, notifications flow with no
 * manual step. Never for another address (least of all Lumen's own): these credentials are
 * published in the sandbox's README.
 */
export function sandboxWebhookCredentials(
  customerNumber: string,
  lumenBaseUrl: string,
  environment: string,
  localSandboxUrl = process.env.LUMEN_BASE_URL || "http://127.0.0.1:4010",
): SandboxWebhookCredentials | null {
  if (environment !== "sandbox" || !isSameLoopbackOrigin(lumenBaseUrl, localSandboxUrl)) return null;
  const webhook = SEED_DATA.customers.find((customer) => customer.customerNumber === customerNumber)?.webhook;
  if (!webhook) return null;
  return webhook.auth.type === "basic"
    ? { webhookAuthMode: "basic", webhookPrincipal: webhook.auth.username, webhookSecret: webhook.auth.password }
    : { webhookAuthMode: "oauth", webhookPrincipal: webhook.auth.clientId, webhookSecret: webhook.auth.clientSecret };
}

function isSameLoopbackOrigin(a: string, b: string): boolean {
  try {
    const [left, right] = [new URL(a), new URL(b)];
    const loopback = (host: string) => host === "127.0.0.1" || host === "localhost" || host === "[::1]";
    return loopback(left.hostname) && loopback(right.hostname) && left.port === right.port && left.protocol === right.protocol;
  } catch {
    return false;
  }
}
