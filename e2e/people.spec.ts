import { expect, test } from "@playwright/test";
import { signIn } from "./support/sign-in";

// The people page as the owner created at /setup (First Owner of Prairie Telecom), who is
// the organization's only owner.
const ORG = "prairie-telecom";

test("the only owner's row says why it cannot be changed or removed, and offers neither", async ({ page }) => {
  await signIn(page, "owner@prairie.example", "prairie-owner-password");
  await page.goto(`/${ORG}/people`);
  const row = page.getByRole("table", { name: "Members of this organization" }).getByRole("row").filter({ hasText: "First Owner" });
  await expect(row).toContainText("The only owner: make someone else an owner before changing or removing yourself.");
  await expect(row.getByLabel("Role of First Owner")).toHaveCount(0);
  await expect(row.getByRole("button")).toHaveCount(0);
});
