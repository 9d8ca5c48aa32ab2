import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { advanceSandboxClock, injectSandboxLatency } from "./support/sandbox";
import { expectAccessible } from "./support/accessibility";
import { signIn } from "./support/sign-in";

// The change and disconnect wizards against the sandbox, as the owner created at /setup
// (Prairie Telecom, the sandbox's customer 1-ABC-23). Each product gets three numbers of
// its own, installed first through the portal's API: Local Inbound on the reserved
// 3039740006–3039740008, Enhanced Local Service on three DENVER numbers reserved here. The
// caller name and customer service name of the three change; then one is disconnected.
// (The file is named after first-run.spec.ts on purpose: specs run in name order and the
// owner must exist.)
test.describe.configure({ mode: "serial" });

const ORG = "prairie-telecom";
const API = `/api/orgs/${ORG}`;
const LI_NUMBERS = ["3039740006", "3039740007", "3039740008"];

const SUBSCRIBER = {
  customerType: "B",
  businessName: "Prairie Bakery",
  serviceAddress: { streetNumber: "1550", streetName: "Larimer", city: "Denver", state: "CO", zip: "80202" },
} as const;

test.beforeEach(async ({ page }) => {
  await signIn(page, "owner@prairie.example", "prairie-owner-password");
});


async function next(page: Page, heading: string) {
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page.getByRole("heading", { name: new RegExp(`^Step \\d of \\d: ${heading}$`) })).toBeFocused();
}

async function placeOrder(request: APIRequestContext, type: string, body: unknown): Promise<{ id: string; voiceOrderId: string }> {
  const placed = await request.post(`${API}/orders`, { data: { type, idempotencyKey: randomUUID(), request: body } });
  expect(placed.status(), await placed.text()).toBe(201);
  return (await placed.json()).order;
}

/** Moves Lumen's clock on and asks it until the order is completed. */
async function completeOrder(request: APIRequestContext, orderId: string, minutes: number) {
  await advanceSandboxClock({ minutes });
  await expect
    .poll(async () => (await (await request.post(`${API}/orders/${orderId}/refresh`)).json()).order?.status, { timeout: 30_000 })
    .toBe("completed");
}

async function install(request: APIRequestContext, productID: "2036" | "2042", tnList: string[]) {
  const order = await placeOrder(request, "install", {
    orderType: "NEW",
    productID,
    customerServiceName: "ACME-MAIN",
    tnList,
    subscriberLines: [{ ...SUBSCRIBER, ...(productID === "2042" && { e911Option: "STATIC911" }) }],
  });
  await completeOrder(request, order.id, 3);
}

/** Three DENVER numbers reserved now for Enhanced Local Service, as Lumen returns them. */
async function reserveThree(request: APIRequestContext): Promise<string[]> {
  const order = await placeOrder(request, "reserve", { productID: "2042", rateCenters: [{ rateCenter: "DENVER", state: "CO", quantity: 3 }] });
  await completeOrder(request, order.id, 6);
  const inventory = await request.get(`${API}/lumen/reserved-inventory?voiceOrderID=${order.voiceOrderId}&pageSize=50`);
  expect(inventory.status()).toBe(200);
  const numbers = ((await inventory.json()).telephoneNumbers as { telephoneNumber: string }[]).map((n) => n.telephoneNumber.slice(-10));
  expect(numbers).toHaveLength(3);
  return numbers.sort();
}

async function changeCallerNameAndRoute(page: Page, tns: string[], product: string, callerName: string) {
  await page.goto(`/${ORG}/change?tns=${tns.join(",")}`);
  await expect(page.getByLabel("Telephone numbers")).toHaveValue(tns.join("\n"));
  await expect(page.getByText("3 numbers, all changed the same way in one request.")).toBeVisible();
  await page.getByRole("radio", { name: product }).check();
  await expectAccessible(page);
  await next(page, "What to change");

  // Nothing chosen yet: Lumen's 20057 before anything is sent, said at the top of the step
  // and beside Next, where the person is (no field holds it).
  await page.getByRole("button", { name: "Next", exact: true }).click();
  const nothingToChange = page.getByRole("main").getByRole("alert").filter({ hasText: /^20057 · / });
  await expect(nothingToChange).toHaveCount(2);
  await expect(nothingToChange.last()).toBeInViewport();
  // The subscriber opened with nothing chosen in it: the customer type is what is missing (20043).
  const subscriber = page.getByRole("checkbox", { name: /^Change the subscriber/ });
  await subscriber.click();
  await expect(subscriber).toBeChecked();
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page.getByText("20043 · Choose Business or Residential for the subscriber.")).toBeVisible();
  await expect(nothingToChange).toHaveCount(0);
  // A type chosen alone would leave the subscriber without the name it needs (20004), said on the name's box.
  await page.getByRole("radiogroup", { name: "Customer type" }).getByRole("radio", { name: /^Business/ }).click();
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page.getByText(/^20004 · /)).toBeVisible();
  await expect(page.getByLabel("Business name", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await subscriber.click();
  await expect(subscriber).not.toBeChecked();

  await page.getByRole("checkbox", { name: /^Change the CNAM/ }).check();
  await page.getByLabel("Caller name", { exact: true }).fill("PRAIRIE BAKERY LOVELACE");
  await expect(page.getByText(/^20218 · /)).toBeVisible();
  await page.getByLabel("Caller name", { exact: true }).fill(callerName);
  await page.getByRole("checkbox", { name: /^Change the customer service name/ }).check();
  await page.getByLabel("New customer service name").fill("ACME-BACKUP");
  await expectAccessible(page);
  await next(page, "Review");

  const review = page.getByRole("main");
  await expect(page.getByText("3 numbers will be changed.")).toBeVisible();
  await expect(page.getByRole("table", { name: /Numbers to change by product/ })).toContainText(product);
  await expect(review).toContainText(callerName);
  await expect(review).toContainText("ACME-BACKUP");
  const numbers = page.getByRole("list", { name: "3 numbers to change" });
  for (const tn of tns) await expect(numbers).toContainText(`(${tn.slice(0, 3)}) ${tn.slice(3, 6)}-${tn.slice(6)}`);
  await expectAccessible(page);

  await page.getByRole("button", { name: "Send the change" }).click();
  const results = page.getByRole("list", { name: "Change results" });
  await expect(results).toContainText("placed");
  await expect(results).toContainText(/VO\d+/);
  await results.getByRole("link", { name: "View order" }).click();
  await expect(page).toHaveURL(new RegExp(`/${ORG}/orders/`));
  // Lumen starts the change a minute after acceptance (901) and completes it a minute later (10002).
  await advanceSandboxClock({ minutes: 3 });
  await page.getByRole("button", { name: "Check with Lumen" }).click();
  await expect(page.getByText(/Updated from Lumen: the order is now completed|No change: Lumen still has the order as completed/)).toBeVisible();
}

async function disconnectOne(page: Page, tn: string, product: string) {
  await page.goto(`/${ORG}/disconnect?tns=${tn}`);
  await expect(page.getByText("1 number to disconnect.")).toBeVisible();
  await next(page, "Date");

  // The picker offers exactly the window the contract accepts; no date is Lumen's 20067.
  const date = page.getByLabel("Disconnect on");
  const first = await date.getAttribute("min");
  expect(first).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page.getByText(/^20067 · /)).toBeVisible();
  await date.fill(first!);
  await expectAccessible(page);
  await next(page, "Review and confirm");

  await expect(page.getByText("1 number will be disconnected.")).toBeVisible();
  const summary = page.getByRole("table", { name: /Numbers to disconnect by product/ });
  await expect(summary).toContainText(product);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Disconnect 1 number" }).click();
  const results = page.getByRole("list", { name: "Disconnect results" });
  await expect(results).toContainText("placed");
  await expect(results).toContainText(/VO\d+/);
}

test("changes the caller name and route of three Local Inbound numbers, then disconnects one", async ({ page }) => {
  await install(page.request, "2036", LI_NUMBERS);
  await changeCallerNameAndRoute(page, LI_NUMBERS, "Local Inbound (2036)", "PRAIRIE LI");
  await disconnectOne(page, LI_NUMBERS[2]!, "Local Inbound (2036)");
});

test("changes the caller name and route of three Enhanced Local Service numbers, then disconnects one", async ({ page }) => {
  const numbers = await reserveThree(page.request);
  await install(page.request, "2042", numbers);
  await changeCallerNameAndRoute(page, numbers, "Enhanced Local Service (2042)", "PRAIRIE ELS");
  await disconnectOne(page, numbers[2]!, "Enhanced Local Service (2042)");
});

test("asks for the count typed before more than ten numbers go, and sends nothing without it", async ({ page }) => {
  const countOrders = async () => (await (await page.request.get(`${API}/orders?type=disconnect`)).json()).total as number;
  const before = await countOrders();
  await page.goto(`/${ORG}/disconnect`);
  await page.getByLabel("Telephone numbers").fill("3039740101-3039740112");
  await expect(page.getByText("12 numbers to disconnect.")).toBeVisible();
  await next(page, "Date");
  const date = page.getByLabel("Disconnect on");
  await date.fill((await date.getAttribute("max"))!);
  await next(page, "Review and confirm");

  await expect(page.getByText("12 numbers will be disconnected.")).toBeVisible();
  const confirmation = page.getByLabel("Type DISCONNECT 12 to confirm");
  await expect(confirmation).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Disconnect 12 numbers" }).click();
  await expect(page.getByText(/^Type DISCONNECT 12 to confirm: more than 10 numbers/)).toBeVisible();
  await expect(confirmation).toBeFocused();
  await confirmation.fill("DISCONNECT 11");
  await expect(page.getByText(/^Type DISCONNECT 12 to confirm: more than 10 numbers/)).toBeVisible();
  expect(await countOrders()).toBe(before);
});

test("names a number Lumen does not hold for the organization in the review, and sends nothing while it is listed", async ({ page }) => {
  const countOrders = async () => (await (await page.request.get(`${API}/orders?type=disconnect`)).json()).total as number;
  const before = await countOrders();
  await page.goto(`/${ORG}/disconnect`);
  // 6029740001 is another customer's number at the sandbox; the portal has never recorded it.
  await page.getByLabel("Telephone numbers").fill("3039740125\n6029740001");
  await next(page, "Date");
  const date = page.getByLabel("Disconnect on");
  await date.fill((await date.getAttribute("max"))!);
  // Lumen slow to answer the review's look-up: the send waits for it, and the review says why.
  await injectSandboxLatency({ pattern: "/Voice/*", method: "GET", latencyMs: 4000, count: 2 });
  await next(page, "Review and confirm");
  await expect(page.getByRole("status").filter({ hasText: "Checking the 2 numbers with Lumen…" })).toBeVisible();
  await page.getByRole("button", { name: "Disconnect 2 numbers" }).click();
  await expect(page.getByText("Not sent yet: the numbers are still being checked with Lumen. Send once the check above is done.")).toBeVisible();

  await expect(page.getByText("Neither active nor reserved for this organization at Lumen")).toContainText("(602) 974-0001", { timeout: 20_000 });
  // The headline does not promise what the list would make Lumen refuse.
  await expect(page.getByText("2 numbers listed. Nothing is sent while the one marked below is in the list.")).toBeVisible();
  await expect(page.getByText("2 numbers will be disconnected.")).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Disconnect 2 numbers" }).click();
  await expect(page.getByText(/^Not sent: the whole order would be refused for one number marked above/)).toBeVisible();
  expect(await countOrders()).toBe(before);
});
