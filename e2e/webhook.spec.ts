import { expect, test } from "@playwright/test";
import { withPortalDatabase } from "./support/database";
import { installSubmission } from "./support/orders";
import { advanceSandboxClock } from "./support/sandbox";
import { signIn } from "./support/sign-in";

// Lumen's notifications out of the box: the owner created at /setup on the local sandbox
// (Prairie Telecom, 1-ABC-23) has the sandbox's webhook credentials stored, `npm start`
// pointed the sandbox's webhooks at this portal, and an order completes from them.
test.describe.configure({ mode: "serial" });

const ORG = "prairie-telecom";

test.beforeEach(async ({ page }) => {
  await signIn(page, "owner@prairie.example", "prairie-owner-password");
});

test("Settings shows the webhook's URL and stored credentials, and generates a secret to copy", async ({ page, baseURL }) => {
  await page.goto(`/${ORG}/settings`);
  const card = page.getByRole("region", { name: "Notifications from Lumen" }).or(page.locator("[aria-labelledby=notification-settings-title]"));
  await expect(card).toContainText(`${baseURL}/voice/notifications`);
  await expect(card.getByLabel("Lumen signs in with")).toHaveValue("basic");
  await expect(card.getByLabel("User name")).toHaveValue("lumen-acme");
  await expect(card).toContainText("Set");
  await expect(card.getByLabel("New password")).toHaveValue("");

  await card.getByLabel("Lumen signs in with").selectOption("oauth");
  await expect(card).toContainText(`${baseURL}/api/webhook-token`);
  // The secret is named as Lumen's enrollment form names it for each way of signing in.
  await expect(card.getByLabel("New client secret")).toHaveValue("");
  await card.getByLabel("Lumen signs in with").selectOption("basic");

  await card.getByRole("button", { name: "Generate" }).click();
  await expect(card.getByLabel("Generated password", { exact: true })).toHaveText(/^[A-Za-z0-9_-]{43}$/);
  // Not saved: Lumen keeps signing in with the stored secret.
  await page.reload();
  await expect(card.getByLabel("Generated password", { exact: true })).toHaveCount(0);
});

test("an order completes from the sandbox's webhook alone", async ({ page }) => {
  const placed = await page.request.post(`/api/orgs/${ORG}/orders`, { data: installSubmission(["3039740009"]) });
  expect(placed.status()).toBe(201);
  const { order } = await placed.json();
  await advanceSandboxClock({ minutes: 3 });

  await expect
    .poll(async () => (await (await page.request.get(`/api/orgs/${ORG}/orders/${order.id}`)).json()).order.status, { timeout: 20_000 })
    .toBe("completed");
  const sources = await withPortalDatabase(async (client) =>
    (await client.query(`SELECT "notificationCode", "source" FROM "Notification" WHERE "orderId" = $1 ORDER BY "notificationCode"`, [order.id])).rows,
  );
  expect(sources).toContainEqual({ notificationCode: 902, source: "webhook" });
});

test("the webhook answers a caller without credentials with 401, not a sign-in page", async ({ request }) => {
  const response = await request.put("/voice/notifications", { data: "<PartnerNotification/>", headers: { "content-type": "application/xml" }, maxRedirects: 0 });
  expect(response.status()).toBe(401);
  expect(response.headers()["www-authenticate"]).toContain("Basic");
});
