import { expect, test } from "@playwright/test";
import { signIn } from "./support/sign-in";

// The people page as the owner created at /setup (First Owner of Prairie Telecom), who is
// the organization's only owner.
const ORG = "prairie-telecom";

test("refuses to demote the last owner and shows the role that stays", async ({ page }) => {
  await signIn(page, "owner@prairie.example", "prairie-owner-password");
  await page.goto(`/${ORG}/people`);
  const role = page.getByLabel("Role of First Owner");
  await expect(role).toHaveValue("owner");
  await role.selectOption("viewer");
  await page.getByRole("button", { name: "Change role of First Owner" }).click();
  await expect(page.getByText("This is the organization's last owner. Make someone else an owner first.")).toBeVisible();
  await expect(role).toHaveValue("owner");
  // "Change role" is disabled again; the focus goes back to the role, not to the page's top.
  await expect(role).toBeFocused();
  await expect(page.getByText("CONFLICT", { exact: true })).toHaveCount(0);
});
