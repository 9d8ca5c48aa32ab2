import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { seedOrganization, withPortalDatabase } from "./support/database";
import { signIn } from "./support/sign-in";

// The notifications page as the owner created at /setup sees it: a notification that
// arrived before its order was known is found by the order's number, opened with its body
// shown as text (never as markup), and replayed into its order.
test.describe.configure({ mode: "serial" });

const ORG = "prairie-telecom";
const run = randomUUID().slice(0, 8).toUpperCase();
const VOICE_ORDER_ID = `VO-E2E-${run}`;
const TN = `720555${String(Math.floor(Math.random() * 10_000)).padStart(4, "0")}`;
const HOSTILE = `<img src=x onerror="window.__injected=1">`;

test.beforeAll(async () => {
  await withPortalDatabase(async (client) => {
    const { rows } = await client.query<{ id: string; customerNumber: string }>(`SELECT id, "customerNumber" FROM "Organization" WHERE slug = $1`, [ORG]);
    const org = rows[0]!;
    const orderId = `e2e${randomUUID().replaceAll("-", "")}`;
    const numberId = `e2e${randomUUID().replaceAll("-", "")}`;
    await client.query(
      `INSERT INTO "Order" (id, "organizationId", type, status, "idempotencyKey", "externalOrderId", "voiceOrderId", request, "updatedAt")
       VALUES ($1, $2, 'install', 'accepted', $3, $4, $5, '{}', now())`,
      [orderId, org.id, `e2e-${run}`, `ext-e2e-${run}`, VOICE_ORDER_ID],
    );
    await client.query(`INSERT INTO "TelephoneNumber" (id, "organizationId", tn, status, "updatedAt") VALUES ($1, $2, $3, 'pending', now())`, [numberId, org.id, TN]);
    await client.query(`INSERT INTO "OrderTelephoneNumber" ("orderId", "telephoneNumberId") VALUES ($1, $2)`, [orderId, numberId]);
    // As ingestion leaves a 902 that came before the order's voice order ID was recorded.
    // Received two days ago: the stuck-order sweep applies recent ones by itself within a
    // minute (apply-overlooked-notifications.ts), so an older one is what waits for a person.
    const xml = `<?xml version="1.0"?>\n<PartnerNotification>\n  <orderNumber>${VOICE_ORDER_ID}</orderNumber>\n  <customerNumber>${org.customerNumber}</customerNumber>\n  <voiceOrderStatus>\n    <notificationCode>902</notificationCode>\n    <notificationMessage>Order successfully installed.</notificationMessage>\n  </voiceOrderStatus>\n</PartnerNotification>`;
    await client.query(
      `INSERT INTO "Notification" (id, "organizationId", source, "dedupeKey", "rawBody", "customerNumber", "voiceOrderId", "notificationCode", "notificationMessage", outcome, "lumenCreatedAt", "receivedAt")
       VALUES ($1, $2, 'webhook', $3, $4, $5, $6, 902, 'Order successfully installed.', 'unmatched', now() - interval '2 days', now() - interval '2 days')`,
      [`ntf_e2e_${run}`, org.id, `e2e-${run}`, xml, org.customerNumber, VOICE_ORDER_ID],
    );
    await client.query(
      `INSERT INTO "Notification" (id, "organizationId", source, "dedupeKey", "rawBody", outcome, error)
       VALUES ($1, $2, 'webhook', $3, $4, 'malformed', 'Not a PartnerNotification: the root element is img.')`,
      [`ntf_e2e_bad_${run}`, org.id, `malformed:e2e-${run}`, HOSTILE],
    );
    const other = await seedOrganization(client, `Other Carrier ${run}`, `9-OTH-${run}`);
    await client.query(
      `INSERT INTO "Notification" (id, "organizationId", source, "dedupeKey", "rawBody", outcome, error)
       VALUES ($1, $2, 'poll', $3, '{}', 'malformed', 'Empty')`,
      [`ntf_e2e_other_${run}`, other.id, `malformed:e2e-other-${run}`],
    );
  });
});

test.beforeEach(async ({ page }) => {
  await signIn(page, "owner@prairie.example", "prairie-owner-password");
});

test("a notification waiting for its order is found by the order's number and by its telephone number, then replayed", async ({ page }) => {
  await page.goto(`/${ORG}/notifications`);
  await page.getByRole("textbox", { name: "Order" }).fill(VOICE_ORDER_ID);
  await page.getByRole("combobox", { name: "Outcome" }).selectOption("unmatched");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/outcome=unmatched/);
  const table = page.getByRole("table", { name: "Notifications" });
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(table).toContainText("Installed: the numbers are active.");
  await expect(table).toContainText("No matching order");

  await page.goto(`/${ORG}/notifications?tn=${encodeURIComponent(`+1${TN}`)}`);
  await expect(page.getByRole("table", { name: "Notifications" }).getByRole("row")).toHaveCount(2);
  await page.goto(`/${ORG}/notifications?tn=12345`);
  await expect(page.getByText("Enter a telephone number: 10 digits or E.164 (+1…).")).toBeVisible();
  await expect(page.getByRole("heading", { name: "These filters cannot be read" })).toBeVisible();

  await page.goto(`/${ORG}/notifications?order=${VOICE_ORDER_ID}`);
  await page.getByRole("link", { name: "902 notification" }).click();
  await expect(page).toHaveURL(new RegExp(`/${ORG}/notifications/ntf_e2e_${run}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Notification 902");
  await expect(page.locator("pre")).toContainText(`<orderNumber>${VOICE_ORDER_ID}</orderNumber>`);

  await page.getByRole("button", { name: "Replay" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Replayed" })).toHaveText("Replayed: applied to its order, whose status and timeline now include it.");
  await expect(page.getByRole("main")).toContainText("Applied");
  await page.getByRole("link", { name: "Install order" }).click();
  await expect(page.getByRole("main")).toContainText("Completed");
});

test("a malformed body is shown as text, with the reason it could not be read", async ({ page }) => {
  await page.goto(`/${ORG}/notifications/ntf_e2e_bad_${run}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Unreadable notification");
  await expect(page.getByRole("alert").filter({ hasText: "could not read" })).toContainText("the root element is img");
  await expect(page.locator("pre")).toHaveText(HOSTILE);
  expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
});

test("another organization's notification is not found", async ({ page }) => {
  const id = `ntf_e2e_other_${run}`;
  // The page, outside the streamed loading state, answers 404 as the route handler does.
  const response = await page.goto(`/${ORG}/notifications/${id}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Notification not found" })).toBeVisible();
  await expect(page.locator("pre")).toHaveCount(0);
  expect((await page.request.get(`/api/orgs/${ORG}/notifications/${id}`)).status()).toBe(404);
  expect((await page.request.post(`/api/orgs/${ORG}/notifications/${id}/replay`)).status()).toBe(404);
});
