import { expect, test } from "@playwright/test";
import { addMembership, seedOrganization, userIdByEmail, withPortalDatabase } from "./support/database";
import { signIn } from "./support/sign-in";

// A newcomer's first minutes, on the portal started by `npm start` in a fresh data
// directory: create the owner at /setup, switch organization, sign out, sign in.
test.describe.configure({ mode: "serial" });

const OWNER = { name: "First Owner", email: "owner@prairie.example", password: "prairie-owner-password" };

test("a newcomer is sent to /setup and creates the first owner and organization", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/setup$/);

  // Pre-filled for the local sandbox.
  await expect(page.getByLabel("Lumen customer number")).toHaveValue("1-ABC-23");
  await expect(page.getByLabel("Lumen base URL")).toHaveValue(/^http:\/\/(localhost|127\.0\.0\.1):\d+$/);

  await page.getByLabel("Your name").fill(OWNER.name);
  await page.getByLabel("E-mail").fill(OWNER.email);
  await page.getByLabel("Password", { exact: true }).fill(OWNER.password);
  await page.getByLabel("Confirm password").fill("something else entirely");
  await page.getByLabel("Organization name").fill("Prairie Telecom");
  await page.getByRole("button", { name: "Create owner and organization" }).click();
  await expect(page.getByText("The two passwords differ.")).toBeVisible();

  await page.getByLabel("Confirm password").fill(OWNER.password);
  await page.getByRole("button", { name: "Create owner and organization" }).click();
  // Setup hashes the password, creates the organization and signs in (hashing again): on a
  // busy two-core machine these round trips can outlast the default ten-second wait.
  await expect(page).toHaveURL(/\/prairie-telecom$/, { timeout: 45_000 });
  await expect(page.getByRole("banner")).toContainText("Prairie Telecom");
  await expect(page.getByRole("banner")).toContainText("1-ABC-23");
});

test("setup is closed once the portal has an owner", async ({ page }) => {
  await page.goto("/setup");
  await expect(page).toHaveURL(/\/login$/);
});

test("a user in two organizations switches between them, signs out and signs in again", async ({ page }) => {
  const other = await withPortalDatabase(async (client) => {
    const org = await seedOrganization(client, "Mesa Voice", "2-MESA-1");
    await addMembership(client, await userIdByEmail(client, OWNER.email), org.id, "viewer");
    return org;
  });

  await signIn(page, OWNER.email, OWNER.password);
  await page.goto("/prairie-telecom");
  await page.getByRole("button", { name: "Switch organization" }).click();
  await page.getByRole("menuitem", { name: /Mesa Voice/ }).click();
  await expect(page).toHaveURL(new RegExp(`/${other.slug}$`));
  await expect(page.getByRole("banner")).toContainText("Mesa Voice");
  // A viewer there: the navigation offers no order entry.
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Reserve" })).toHaveCount(0);

  await page.getByRole("button", { name: "Account menu" }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/prairie-telecom");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fprairie-telecom/);
});

test("a wrong password is refused without saying which field was wrong", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(OWNER.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "do not match an account" })).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});
