import { expect, test, type Page } from "@playwright/test";
import { advanceSandboxClock } from "./support/sandbox";
import { signIn } from "./support/sign-in";

// The dashboard and the orders list follow an order to completion without a reload: a
// reservation placed in one tab, Lumen's notifications arriving at the portal's webhook as
// the sandbox's clock moves, the dashboard in another tab counting it as completed and the
// orders list in a third showing it so. Salt Lake City is a
// rate center no other end-to-end test reserves in, so its 75 % rule stays out of their way.

const ORG = "prairie-telecom";

async function statusCount(page: Page, label: string): Promise<number> {
  const list = page.getByRole("list", { name: "Orders by status" });
  if ((await list.count()) === 0) return 0;
  const row = list.getByRole("listitem").filter({ hasText: label });
  return Number((await row.textContent())?.replace(/\D/g, "") || 0);
}

test("an order placed in one tab moves to completed on the dashboard and the orders list in others, without a reload", async ({ context }) => {
  const dashboard = await context.newPage();
  await signIn(dashboard, "owner@prairie.example", "prairie-owner-password");
  await dashboard.goto(`/${ORG}?period=today`);
  await expect(dashboard.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  const completedBefore = await statusCount(dashboard, "Completed");
  // A reload would lose this mark.
  await dashboard.evaluate(() => ((window as unknown as { stayedOnPage: boolean }).stayedOnPage = true));

  const wizard = await context.newPage();
  await wizard.goto(`/${ORG}/reserve`);
  await wizard.getByRole("radio", { name: "Local Inbound (2036)" }).check();
  await wizard.getByLabel("State").selectOption("UT");
  await wizard.getByRole("button", { name: "Next" }).click();
  await wizard.getByRole("checkbox", { name: "SALT LAKE CITY", exact: true }).check();
  await wizard.getByRole("button", { name: "Next" }).click();
  await wizard.getByRole("button", { name: "Next" }).click();
  await wizard.getByLabel("Quantity for SALT LAKE CITY").fill("2");
  await wizard.getByRole("button", { name: "Next" }).click();
  await wizard.getByRole("button", { name: "Reserve numbers" }).click();
  const results = wizard.getByRole("list", { name: "Reservation results" });
  await expect(results).toContainText(/VO\d+/);
  const voiceOrderId = /VO\d+/.exec((await results.textContent()) ?? "")![0];

  // The orders list, in a third tab, follows the open order too.
  const list = await context.newPage();
  await list.goto(`/${ORG}/orders?q=${voiceOrderId}`);
  const row = list.getByRole("table", { name: "Orders" }).getByRole("row").filter({ hasText: voiceOrderId });
  await expect(row).toContainText("Accepted");
  await expect(list.getByText("Orders still open at Lumen update here every 15 seconds")).toBeVisible();
  await list.evaluate(() => ((window as unknown as { stayedOnPage: boolean }).stayedOnPage = true));

  // The reservation completes five virtual minutes after acceptance; the sandbox then
  // sends its notifications to the portal's webhook.
  await advanceSandboxClock({ minutes: 10 });

  await dashboard.bringToFront();
  const feed = dashboard.getByRole("list", { name: "Latest notifications" });
  await expect(feed.getByRole("listitem").filter({ hasText: voiceOrderId }).filter({ hasText: "Lumen completed the order." })).toBeVisible({
    timeout: 30_000,
  });
  await expect.poll(() => statusCount(dashboard, "Completed"), { timeout: 15_000 }).toBe(completedBefore + 1);
  expect(await dashboard.evaluate(() => (window as unknown as { stayedOnPage?: boolean }).stayedOnPage)).toBe(true);
  // The chart's legend names its bars in the order they stand, not alphabetically.
  await expect(dashboard.locator(".recharts-legend-item-text")).toHaveText(["Reservations", "Installs"]);

  await list.bringToFront();
  await expect(row).toContainText("Completed", { timeout: 30_000 });
  expect(await list.evaluate(() => (window as unknown as { stayedOnPage?: boolean }).stayedOnPage)).toBe(true);
  // Nothing left open on the page: it stops refreshing and says no more about it.
  await expect(list.getByText("Orders still open at Lumen update here every 15 seconds")).toHaveCount(0);
});
