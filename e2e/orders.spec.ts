import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/accessibility";
import { withPortalDatabase } from "./support/database";
import { installSubmission } from "./support/orders";
import { injectSandboxFault } from "./support/sandbox";
import { signIn } from "./support/sign-in";

// The order engine seen from the browser, against the sandbox `npm start` runs: the
// owner created at /setup (organization "Prairie Telecom", the sandbox's customer
// 1-ABC-23 with its test credentials) tests the connection, places an order through the
// portal's API, follows it in the orders list and on its page, and asks Lumen for news.
test.describe.configure({ mode: "serial" });

const ORG = "prairie-telecom";

test.beforeEach(async ({ page }) => {
  await signIn(page, "owner@prairie.example", "prairie-owner-password");
});

test("Settings tests the stored Lumen credentials against the sandbox", async ({ page }) => {
  await page.goto(`/${ORG}/settings`);
  await expect(page.getByLabel("Client secret")).toHaveValue("");
  const testButton = page.getByRole("button", { name: "Test connection" });
  await testButton.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Connected" })).toContainText("rate centers available");
  // The keyboard user keeps their place: the button was busy, never disabled.
  await expect(testButton).toBeFocused();

  // Stored credentials go only to the address they were saved with: another address needs them again.
  const secret = page.getByLabel("Client secret");
  await page.getByRole("group", { name: "Known addresses" }).getByRole("button", { name: "Lumen test" }).click();
  await expect(page.getByText("Stored for the saved address: enter it again for this one.")).toHaveCount(2);
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByLabel("Client ID")).toBeFocused();
  await expect(page.getByText("Enter it again for the new address: stored credentials are sent only to the address they were saved with.")).toHaveCount(2);
  await expect(secret).toHaveAttribute("aria-invalid", "true");
  await page.reload();
  await expect(page.getByRole("group", { name: "Known addresses" }).getByRole("button", { name: "Local sandbox" })).toHaveAttribute("aria-pressed", "true");
});

test("an order placed through the portal is listed, opened and checked with Lumen", async ({ page }) => {
  const placed = await page.request.post(`/api/orgs/${ORG}/orders`, {
    data: {
      type: "reserve",
      idempotencyKey: randomUUID(),
      request: { productID: "2036", rateCenters: [{ rateCenter: "MINNEAPOLIS", state: "MN", quantity: 3 }] },
    },
  });
  expect(placed.status()).toBe(201);
  const { order } = await placed.json();
  expect(order.voiceOrderId).toBeTruthy();

  await page.goto(`/${ORG}/orders`);
  const table = page.getByRole("table", { name: "Orders" });
  await expect(table).toContainText(order.voiceOrderId);
  await page.getByLabel("Type").selectOption("install");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/type=install/);
  // Earlier specs may have installed numbers; whatever is listed now, the reservation is not.
  await expect(page.getByRole("main")).not.toContainText(order.voiceOrderId);
  await page.getByRole("link", { name: "Clear filters" }).first().click();
  await expect(page).toHaveURL(new RegExp(`/${ORG}/orders$`));
  // The orders this person placed: the reservation is among them.
  await page.getByLabel("Placed by").selectOption("me");
  // By keyboard the filters come first and then the button that applies them: from the last filter, Tab reaches it.
  await page.getByLabel("Sub-account").focus();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Apply filters" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/submittedBy=me/);
  await expect(page.getByRole("table", { name: "Orders" })).toContainText(order.voiceOrderId);
  await page.getByRole("link", { name: "Clear filters" }).first().click();

  await page.getByRole("table", { name: "Orders" }).getByRole("link").filter({ hasText: /Reserve/ }).first().click();
  await expect(page).toHaveURL(new RegExp(`/${ORG}/orders/${order.id}$`));
  await expect(page.getByRole("main")).toContainText(order.voiceOrderId);
  await expect(page.getByRole("main")).toContainText("Lumen accepted the order");
  await page.getByRole("button", { name: "Check with Lumen" }).click();
  // The sandbox's clock runs in real time: a minute after acceptance the order is still in Lumen's hands.
  await expect(page.getByText(/^(No change: Lumen still has the order as|Updated from Lumen: the order is now)/)).toBeVisible();
});

test("the API gzips its larger answers for a browser that accepts it, and sends small ones plain", async ({ page }) => {
  const gzip = { "accept-encoding": "gzip" };
  const placed = await page.request.post(`/api/orgs/${ORG}/orders`, {
    headers: gzip,
    data: { type: "reserve", idempotencyKey: randomUUID(), request: { productID: "2036", rateCenters: [{ rateCenter: "MINNEAPOLIS", state: "MN", quantity: 1 }] } },
  });
  expect(placed.status()).toBe(201);
  expect((await placed.body()).length).toBeLessThan(1024);
  expect(placed.headers()["content-encoding"]).toBeUndefined();
  expect((await placed.json()).order.status).toBe("accepted");

  const refused = await page.request.get(`/api/orgs/no-such-organization/orders`, { headers: gzip });
  expect(refused.status()).toBe(404);
  expect(refused.headers()["content-encoding"]).toBeUndefined();

  const rateCenters = await page.request.get(`/api/orgs/${ORG}/lumen/rate-centers?productID=2036&pageSize=50`, { headers: gzip });
  expect(rateCenters.status()).toBe(200);
  expect((await rateCenters.body()).length).toBeGreaterThan(1024);
  expect(rateCenters.headers()["content-encoding"]).toBe("gzip");
  expect((await rateCenters.json()).rateCenters.length).toBeGreaterThan(10);
});

test("a rule Lumen would refuse is refused by the portal first, with Lumen's code, and nothing is recorded", async ({ page }) => {
  const countOrders = async () => (await (await page.request.get(`/api/orgs/${ORG}/orders`)).json()).total as number;
  const before = await countOrders();
  const refused = await page.request.post(`/api/orgs/${ORG}/orders`, {
    data: { type: "reserve", idempotencyKey: randomUUID(), request: { productID: "2036", rateCenters: [{ rateCenter: "OMAHA", state: "NE", quantity: 400 }] } },
  });
  expect(refused.status()).toBe(422);
  const { error } = await refused.json();
  expect(Object.values(error.fieldCodes)).toContain(10007);
  expect(await countOrders()).toBe(before);
});

test("an order Lumen refuses keeps the numbers it asked for: found by them, listed on its page", async ({ page }) => {
  const refused = await page.request.post(`/api/orgs/${ORG}/orders`, {
    data: installSubmission(["3039740003"], { customerServiceName: "ACME-LEGACY" }),
  });
  expect(refused.status()).toBe(422);
  const { error } = await refused.json();
  expect(error.code).toBe("LUMEN_REJECTED");

  await page.goto(`/${ORG}/orders?q=${encodeURIComponent("(303) 974-0003")}&status=rejected`);
  await expectAccessible(page);
  // The export holds what the filters select, with the numbers the refused order asked for.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^orders-prairie-telecom-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = readFileSync((await download.path())!, "utf8").trim().split("\r\n");
  expect(lines[0]).toMatch(/^createdAt,orderId,type,productID,status,/);
  expect(lines.slice(1).every((line) => line.includes(",rejected,"))).toBe(true);
  expect(lines.find((line) => line.includes(error.details.orderId))).toContain("3039740003");
  await page.getByRole("table", { name: "Orders" }).getByRole("link").filter({ hasText: /Install/ }).first().click();
  await expect(page).toHaveURL(new RegExp(`/${ORG}/orders/${error.details.orderId}$`));
  await expect(page.getByRole("heading", { name: "Numbers asked for (1)" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Numbers asked for" })).toContainText("(303) 974-0003");
  await expect(page.getByText("Lumen refused this order, so it changed none of these numbers.")).toBeVisible();
  await expect(page.getByText(`none: Lumen refused the order with ${error.details.lumenCode}`)).toBeVisible();
});

test("an order Lumen could not take is placed again from its page, once", async ({ page }) => {
  // Lumen unavailable for the order and for the engine's one resend: the order is kept as failed.
  await injectSandboxFault({ pattern: "*/Numbers/orderInventory", method: "POST", status: 503, count: 2 });
  const failed = await page.request.post(`/api/orgs/${ORG}/orders`, {
    data: { type: "reserve", idempotencyKey: randomUUID(), request: { productID: "2036", rateCenters: [{ rateCenter: "OGDEN", state: "UT", quantity: 1 }] } },
  });
  expect(failed.status()).toBe(502);
  const { error } = await failed.json();
  expect(error.code).toBe("LUMEN_UNAVAILABLE");
  const failedId = error.details.orderId as string;

  // The dashboard names it among what needs someone, and leads to it.
  await page.goto(`/${ORG}?period=today`);
  const failedOnDashboard = page.getByRole("list", { name: "Not placed" }).locator(`a[href="/${ORG}/orders/${failedId}"]`);
  await failedOnDashboard.click();
  await expect(page).toHaveURL(new RegExp(`/${ORG}/orders/${failedId}$`));
  await expect(page.getByRole("main")).toContainText("place it again from this order's page later");
  await page.getByRole("list", { name: "Possible now" }).getByRole("button", { name: "Place it again" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Place this reserve order again?" });
  await expect(dialog).toContainText("checked against today's rules first");
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "Place it again" }).click();

  await expect(page).not.toHaveURL(new RegExp(`/orders/${failedId}$`));
  await expect(page.getByRole("main")).toContainText("Lumen accepted the order");
  // The button that placed it went with the old page: the focus is on the new order's heading.
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  await expect(page.getByRole("link", { name: "The reserve order that never reached Lumen" })).toHaveAttribute("href", `/${ORG}/orders/${failedId}`);
  const newUrl = page.url();

  // The failed order points to the new one and offers nothing more.
  await page.goto(`/${ORG}/orders/${failedId}`);
  const notPossible = page.getByRole("list", { name: "Not possible now" });
  await expect(notPossible).toContainText("This order was placed again already");
  await expectAccessible(page, { afterToasts: true });
  await notPossible.getByRole("link", { name: "Open the new order" }).click();
  await expect(page).toHaveURL(newUrl);
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  await page.goto(`/${ORG}?period=today`);
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expect(failedOnDashboard).toHaveCount(0);
  // Asked again (another tab, a colleague): the same new order, nothing placed twice.
  const again = await page.request.post(`/api/orgs/${ORG}/orders/${failedId}/place-again`);
  expect(again.status()).toBe(200);
  expect(newUrl.endsWith(`/orders/${(await again.json()).order.id}`)).toBe(true);
});

test("after an outage, the dashboard places every order that never reached Lumen again, showing each outcome", async ({ page }) => {
  // Lumen unavailable for two reservations, each sent twice by the engine.
  await injectSandboxFault({ pattern: "*/Numbers/orderInventory", method: "POST", status: 503, count: 4 });
  const failedIds: string[] = [];
  for (let i = 0; i < 2; i++) {
    const failed = await page.request.post(`/api/orgs/${ORG}/orders`, {
      data: { type: "reserve", idempotencyKey: randomUUID(), request: { productID: "2036", rateCenters: [{ rateCenter: "OGDEN", state: "UT", quantity: 1 }] } },
    });
    expect(failed.status()).toBe(502);
    failedIds.push((await failed.json()).error.details.orderId);
  }

  await page.goto(`/${ORG}?period=today`);
  const notPlaced = page.getByRole("list", { name: "Not placed" });
  for (const id of failedIds) await expect(notPlaced.locator(`a[href="/${ORG}/orders/${id}"]`)).toBeVisible();
  await notPlaced.getByRole("button", { name: /^Place (it|all \d+) again$/ }).click();
  const dialog = page.getByRole("alertdialog", { name: /^Place (this order|these \d+ orders) again\?$/ });
  const batch = dialog.getByRole("list", { name: "Orders to place again" });
  await expect(batch).toContainText("Waiting");
  await expectAccessible(page);
  await dialog.getByRole("button", { name: /^Place (it|all \d+) again$/ }).click();

  await expect(dialog.getByRole("status")).toHaveText(/^Done: (\d+) of \1 placed again\.$/, { timeout: 30_000 });
  // The dashboard behind the dialog refreshes (every 5 s) and finds nothing left to place:
  // the outcomes stay until the dialog is closed.
  await page.waitForResponse((response) => response.url().includes(`/api/orgs/${ORG}/dashboard`) && response.ok(), { timeout: 15_000 });
  await expect(dialog.getByRole("status")).toHaveText(/^Done: (\d+) of \1 placed again\.$/);
  await expect(batch.getByRole("link", { name: "Open the new order" })).toHaveCount(await batch.getByRole("listitem").count());
  await dialog.getByRole("button", { name: "Close" }).click();
  // The dashboard's next refresh has nothing of them left to place.
  for (const id of failedIds) await expect(notPlaced.locator(`a[href="/${ORG}/orders/${id}"]`)).toHaveCount(0, { timeout: 15_000 });
});

test("after answers were lost, the stuck orders page checks every stuck order with Lumen at once", async ({ page }) => {
  // Two orders whose answer was lost ten minutes ago, as the engine leaves them (unconfirmed),
  // which Lumen never received. The sweep leaves them to a person for five minutes after
  // their last change: this test is that person.
  const externalIds = [`vp-e2e-${randomUUID()}`, `vp-e2e-${randomUUID()}`];
  const orderIds = await withPortalDatabase(async (client) => {
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM "Organization" WHERE slug = $1`, [ORG]);
    const ids: string[] = [];
    for (const externalId of externalIds) {
      const id = `ord_e2e_${randomUUID()}`;
      await client.query(
        `INSERT INTO "Order" (id, "organizationId", type, "productId", status, "idempotencyKey", "externalOrderId", request, "createdAt", "updatedAt")
         VALUES ($1, $2, 'install', '2036', 'unconfirmed', $3, $4, '{}', now() - interval '10 minutes', now())`,
        [id, rows[0]!.id, `e2e-${randomUUID()}`, externalId],
      );
      ids.push(id);
    }
    return ids;
  });

  await page.goto(`/${ORG}/orders/stuck`);
  for (const externalId of externalIds) await expect(page.getByRole("link", { name: new RegExp(externalId) })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: /^Check (it|all \d+) with Lumen$/ }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Checked/ })).toHaveText(/^Checked (\d+) with Lumen: \d+ moved on, \d+ unchanged\.$/, {
    timeout: 30_000,
  });
  // Lumen has neither: both are recorded as never placed and leave the list.
  for (const externalId of externalIds) await expect(page.getByRole("link", { name: new RegExp(externalId) })).toHaveCount(0);
  await page.goto(`/${ORG}/orders/${orderIds[0]}`);
  await expect(page.getByRole("main")).toContainText("Lumen has no such order: it never arrived.");
});
