import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/accessibility";
import { signIn } from "./support/sign-in";

// A user's own alert mails, as the owner created at /setup: chosen with the keyboard,
// saved, and still chosen after a reload.
const ORG = "prairie-telecom";

test("the owner turns an alert mail off and on again from the keyboard, and the choice holds", async ({ page }) => {
  await signIn(page, "owner@prairie.example", "prairie-owner-password");
  await page.goto(`/${ORG}/alerts`);
  await expect(page.getByRole("heading", { level: 1, name: "Alerts" })).toBeVisible();
  const rejected = page.getByRole("checkbox", { name: "Order rejected" });
  const save = page.getByRole("button", { name: "Save alerts" });
  const initially = await rejected.isChecked();

  for (const checked of [!initially, initially]) {
    await rejected.focus();
    await page.keyboard.press("Space");
    await expect(rejected).toBeChecked({ checked });
    // Past the two alerts below it to the button.
    for (let i = 0; i < 3; i++) await page.keyboard.press("Tab");
    await expect(save).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByText(/^Alerts saved: /).last()).toBeVisible();
    // The saved form offers Save again rather than disabling it, so the focus stays where it was.
    await expect(save).toBeFocused();
    await page.reload();
    await expect(rejected).toBeChecked({ checked });
  }
  await expectAccessible(page, { afterToasts: true });
});
