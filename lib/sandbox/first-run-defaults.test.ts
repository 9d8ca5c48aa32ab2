import { describe, expect, it } from "vitest";
import { sandboxWebhookCredentials } from "./first-run-defaults";

// First run on the local sandbox stores the credentials its seeded webhook presents; on any
// other address (Lumen's own above all) these published credentials are never stored.
describe("sandboxWebhookCredentials", () => {
  const local = "http://127.0.0.1:4110";

  it("gives Acme's Basic and Bluebird's OAuth credentials for the local sandbox", () => {
    expect(sandboxWebhookCredentials("1-ABC-23", local, "sandbox", local)).toEqual({
      webhookAuthMode: "basic",
      webhookPrincipal: "lumen-acme",
      webhookSecret: "acme-webhook-password",
    });
    expect(sandboxWebhookCredentials("2-B6-7890", "http://localhost:4110/", "sandbox", local)).toEqual({
      webhookAuthMode: "oauth",
      webhookPrincipal: "lumen-bluebird",
      webhookSecret: "bluebird-webhook-secret",
    });
  });

  it.each([
    ["a customer without a seeded webhook", "3-CH-1807", local, "sandbox"],
    ["an unknown customer", "9-NOPE-1", local, "sandbox"],
    ["the production environment", "1-ABC-23", local, "production"],
    ["another sandbox port", "1-ABC-23", "http://127.0.0.1:4999", "sandbox"],
    ["a remote address", "1-ABC-23", "https://api.centurylink.com", "sandbox"],
  ])("gives nothing for %s", (_case, customer, baseUrl, environment) => {
    expect(sandboxWebhookCredentials(customer, baseUrl, environment, local)).toBeNull();
  });
});
