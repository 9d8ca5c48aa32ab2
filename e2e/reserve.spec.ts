import { expect, test, type Page } from "@playwright/test";
import { advanceSandboxClock } from "./support/sandbox";
import { signIn } from "./support/sign-in";

// The reservation wizard against the sandbox, as the owner created at /setup (Prairie
// Telecom, the sandbox's customer 1-ABC-23): one rate center, two in one submission,
// and the 75 % utilization rule once reserved numbers sit unused.
test.describe.configure({ mode: "serial" });

const ORG = "prairie-telecom";

test.beforeEach(async ({ page }) => {
  await signIn(page, "owner@prairie.example", "prairie-owner-password");
});

async function chooseRateCenters(page: Page, state: string, rateCenters: string[]) {
  await page.goto(`/${ORG}/reserve`);
  await page.getByRole("radio", { name: "Local Inbound (2036)" }).check();
  await page.getByLabel("State").selectOption(state);
  await page.getByRole("button", { name: "Next" }).click();
  for (const rateCenter of rateCenters) await page.getByRole("checkbox", { name: rateCenter, exact: true }).check();
  await page.getByRole("button", { name: "Next" }).click();
}

test("reserves 25 numbers in one rate center", async ({ page }) => {
  await chooseRateCenters(page, "NE", ["OMAHA"]);
  await page.getByRole("button", { name: "Next" }).click();

  // Lumen's own limit, checked as the user types: over 399 is 10007.
  await page.getByLabel("Quantity for OMAHA").fill("400");
  await expect(page.getByText("10007")).toBeVisible();
  await page.getByLabel("Quantity for OMAHA").fill("25");
  await expect(page.getByText("10007")).toHaveCount(0);
  await page.getByRole("button", { name: "Next" }).click();

  await page.getByRole("button", { name: "Reserve numbers" }).click();
  const results = page.getByRole("list", { name: "Reservation results" });
  await expect(results).toContainText("OMAHA");
  await expect(results).toContainText(/VO\d+/);
});

test("reserves in two rate centers with one submission, one order each, tracked together", async ({ page }) => {
  await chooseRateCenters(page, "WA", ["SEATTLE", "SPOKANE"]);
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByLabel("Quantity for SEATTLE").fill("10");
  await page.getByLabel("Quantity for SPOKANE").fill("3");
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("button", { name: "Reserve numbers" }).click();

  const results = page.getByRole("list", { name: "Reservation results" });
  await expect(results.getByRole("listitem")).toHaveCount(2);
  await expect(results).toContainText("SEATTLE");
  await expect(results).toContainText("SPOKANE");
  await results.getByRole("link").first().click();
  await expect(page.getByRole("main")).toContainText("Placed together with");
});

test("meets the 75 % rule once the reserved numbers are in inventory and unused", async ({ page }) => {
  // The Omaha reservation completes five virtual minutes after acceptance.
  await advanceSandboxClock({ minutes: 10 });
  await chooseRateCenters(page, "NE", ["OMAHA"]);
  await expect(page.getByRole("main")).toContainText("1648");
  await expect(page.getByRole("link", { name: /unused/i })).toHaveAttribute("href", `/${ORG}/numbers`);
});

test("the reserved numbers arrive in reserved inventory and can be handed to an install", async ({ page }) => {
  // The Omaha reservation (402 area) completed when the clock was stepped above.
  await page.goto(`/${ORG}/numbers?NPA=402`);
  const table = page.getByRole("table", { name: "Reserved numbers" });
  await expect(table.getByRole("row").filter({ hasText: "OMAHA" })).toHaveCount(25);
  const boxes = table.getByRole("checkbox", { name: /\(402\)/ });
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await expect(page.getByText("2 selected")).toBeVisible();
  await expect(page.getByRole("link", { name: "Install selected" })).toHaveAttribute("href", new RegExp(`^/${ORG}/install\\?tns=402\\d{7},402\\d{7}$`));
  const csv = await page.request.get((await page.getByRole("link", { name: "Export CSV" }).getAttribute("href"))!);
  expect(csv.status()).toBe(200);
  expect((await csv.text()).trim().split("\n")).toHaveLength(26);
});
