import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/accessibility";
import { signIn } from "./support/sign-in";

// On a phone (390 px wide) the portal's pages fit the screen: a wide table scrolls inside
// its own frame, which the keyboard can reach, and the page itself never scrolls sideways.
// As the owner created at /setup (Prairie Telecom).
const ORG = "prairie-telecom";

test.use({ viewport: { width: 390, height: 844 } });

for (const path of ["people", "orders", "numbers/active", "numbers/3039740101", "reports/usage", "audit", "sub-accounts"]) {
  test(`/${path} fits a phone's screen`, async ({ page }) => {
    await signIn(page, "owner@prairie.example", "prairie-owner-password");
    await page.goto(`/${ORG}/${path}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.screen);
    await expectAccessible(page);
  });
}

test("on a phone, Go to is at the top of the navigation drawer, which closes on the way", async ({ page }) => {
  await signIn(page, "owner@prairie.example", "prairie-owner-password");
  await page.goto(`/${ORG}/orders`);
  await page.getByRole("button", { name: "Open navigation" }).click();
  const drawer = page.getByRole("dialog", { name: "Navigation" });
  await drawer.getByRole("searchbox", { name: "Go to a number or order" }).fill("303-974-0101");
  await expectAccessible(page);
  await drawer.getByRole("searchbox", { name: "Go to a number or order" }).press("Enter");
  await expect(page).toHaveURL(new RegExp(`/${ORG}/numbers/3039740101$`));
  await expect(drawer).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("(303) 974-0101");
});
