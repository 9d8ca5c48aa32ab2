import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/sign-in";

// Settings' default product is where the order forms start: set to Enhanced Local Service,
// the reservation and install wizards open with it chosen, and the user can still choose
// the other; set back to none, they ask again. Later specs expect no default, so the
// setting is put back whatever happens here.
test.describe.configure({ mode: "serial" });

const ORG = "prairie-telecom";

test.beforeEach(async ({ page }) => {
  await signIn(page, "owner@prairie.example", "prairie-owner-password");
});

async function setDefaultProduct(page: Page, value: "2042" | "") {
  await page.goto(`/${ORG}/settings`);
  const form = page.getByRole("form", { name: "Order defaults" });
  await form.getByLabel("Default product").selectOption(value);
  await form.getByRole("button", { name: "Save order defaults" }).click();
  await expect(page.getByText("Customer service names and default product saved.")).toBeVisible();
}

test.afterAll(async ({ browser }) => {
  const page = await browser.newPage();
  await signIn(page, "owner@prairie.example", "prairie-owner-password");
  await setDefaultProduct(page, "");
  await page.close();
});

test("the order forms start with the organization's default product", async ({ page }) => {
  await setDefaultProduct(page, "2042");

  await page.goto(`/${ORG}/reserve`);
  await expect(page.getByRole("radio", { name: "Enhanced Local Service (2042)" })).toBeChecked();
  await page.getByRole("radio", { name: "Local Inbound (2036)" }).check();
  await expect(page.getByRole("radio", { name: "Enhanced Local Service (2042)" })).not.toBeChecked();

  await page.goto(`/${ORG}/install`);
  await page.getByLabel("Telephone numbers").fill("3039740009");
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page.getByRole("heading", { name: /^Step \d of \d: Product and service$/ })).toBeFocused();
  await expect(page.getByRole("radio", { name: "Enhanced Local Service (2042)" })).toBeChecked();

  await setDefaultProduct(page, "");
  await page.goto(`/${ORG}/reserve`);
  await expect(page.getByRole("radio", { name: "Enhanced Local Service (2042)" })).not.toBeChecked();
  await expect(page.getByRole("radio", { name: "Local Inbound (2036)" })).not.toBeChecked();
});
