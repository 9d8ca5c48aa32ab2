import { expect, test, type Page } from "@playwright/test";
import { addBusinessDays } from "../lib/lumen/business-days";
import { advanceSandboxClock } from "./support/sandbox";
import { expectAccessible } from "./support/accessibility";
import { signIn } from "./support/sign-in";

// The port-in wizard against the sandbox, as the owner created at /setup (Prairie Telecom,
// the sandbox's customer 1-ABC-23). Numbers no other spec uses: 719-441-xxxx for Local
// Inbound and 719-442-xxxx for Enhanced Local Service, each with one number ending in
// 9999, which the sandbox's losing carrier never releases. Each port is followed until
// Lumen's FOC date (903) shows on the order page.
test.describe.configure({ mode: "serial" });

const ORG = "prairie-telecom";
// Far enough ahead that the FOC date is the requested one, even after other specs moved
// the sandbox's clock on.
const PORT_DAY = addBusinessDays(new Date(), 20);
const PORT_DATE = PORT_DAY.toISOString().slice(0, 10);
const FOC_LABEL = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" })
  .format(PORT_DAY)
  .replace(",", "");

test.beforeEach(async ({ page }) => {
  await signIn(page, "owner@prairie.example", "prairie-owner-password");
});


async function expectStep(page: Page, heading: string) {
  await expect(page.getByRole("heading", { name: new RegExp(`^Step \\d of \\d: ${heading}$`) })).toBeFocused();
}

/** Types the numbers, sees the one the losing carrier keeps set aside with its reason, goes on. */
async function numbersAndPortability(page: Page, typed: string, notPortable: string) {
  await page.goto(`/${ORG}/port-in`);
  await expect(page.getByRole("heading", { name: "Step 1 of 7: Numbers" })).toBeVisible();
  await expectAccessible(page, { afterToasts: true });
  const numbers = page.getByLabel("Telephone numbers");
  await numbers.fill(`${typed} 71944`);
  await expect(page.getByText(/^20025 · .*\(71944\)$/)).toBeVisible();
  await numbers.fill(typed);
  await expect(page.getByText("3 numbers in one request.")).toBeVisible();
  await numbers.press("Tab");
  await page.keyboard.press("Enter");

  await expectStep(page, "Portability");
  await expect(page.getByText("2 of 3 can be ported; 1 set aside.")).toBeVisible();
  const setAside = page.getByRole("list", { name: "Numbers set aside" });
  await expect(setAside).toContainText(notPortable);
  await expect(setAside).toContainText("does not release this number");
  await page.getByRole("button", { name: "Copy the numbers set aside" }).click();
  await expect(page.getByText("Copied the number set aside.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(notPortable.replace(/\D/g, ""));
  await expectAccessible(page, { afterToasts: true });
  await page.getByRole("button", { name: "Next", exact: true }).press("Enter");
}

/** The letter of authorization and the losing carrier, typed; Enter goes on. */
async function losingCarrier(page: Page, billing: string) {
  await expectStep(page, "Losing carrier and authorization");
  await page.getByLabel("Signed by").fill("Ann O'Neil");
  await page.getByLabel("Signed on").fill("2026-11-20T15:00");
  // Without the LOA in hand, Lumen's 20027.
  await page.getByLabel("Account number (optional)").fill("ACCT-778");
  await page.getByLabel("PIN (optional)").fill("43-21");
  await page.getByLabel("PIN (optional)").press("Enter");
  await expect(page.getByText(/^20027 · /)).toBeVisible();
  await expect(page.getByText(/^20113 · /)).toBeVisible();
  await expect(page.getByText("20114 · Say whether the numbers are wireless.")).toBeVisible();
  await expect(page.getByRole("radiogroup", { name: "Wireless numbers?" })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("20067 · Choose a date.")).toBeVisible();
  await page.getByLabel("The signed letter of authorization is in hand").press("Space");
  await page.getByLabel("PIN (optional)").fill("4321");
  await page.getByRole("radio", { name: "Not wireless" }).press("Space");
  await page.getByLabel("Billing telephone number (optional)").selectOption(billing);
  await page.getByLabel("Port on").fill(PORT_DATE);
  await expect(page.getByText(/^20\d{3} · /)).toHaveCount(0);
  await expectAccessible(page, { afterToasts: true });
  await page.getByLabel("Port on").press("Enter");
}

async function subscriber(page: Page, product: RegExp, fill: () => Promise<void>) {
  await expectStep(page, "Product and subscriber");
  await page.getByRole("radio", { name: product }).press("Space");
  await fill();
  await page.getByLabel("Street number").fill("1550");
  await page.getByLabel("Street name").fill("Larimer");
  await page.getByLabel("City").fill("Denver");
  await page.getByLabel("State").selectOption("CO");
  await page.getByLabel("ZIP code").fill("80202");
  await expectAccessible(page, { afterToasts: true });
  await page.getByLabel("ZIP code").press("Enter");
}

/** Sends the port, opens its order, lets the losing carrier answer and sees the FOC date. */
async function portAndFollowToFoc(page: Page) {
  await expectStep(page, "Review");
  await expect(page.getByText("2 numbers go in one request. One number set aside by the portability check is not sent.")).toBeVisible();
  await expect(page.getByRole("main")).toContainText("Given (not shown, not kept)");
  // The letter's time as typed, in the reader's time zone, not Lumen's UTC text.
  await expect(page.getByRole("main")).toContainText(/Signed by Ann O'Neil on Fri 20 Nov 2026, 15:00:00 \([+-]\d{2}:\d{2}\), in hand/);
  await expect(page.getByRole("main")).not.toContainText("4321");
  await expectAccessible(page, { afterToasts: true });
  await page.getByRole("button", { name: "Port numbers" }).press("Enter");

  await expectStep(page, "Results");
  await expect(page.getByRole("status").filter({ hasText: "1 of 1 order placed." })).toBeVisible();
  const results = page.getByRole("list", { name: "Port results" });
  await expect(results).toContainText(/VO\d+/);
  await expectAccessible(page, { afterToasts: true });
  await results.getByRole("link", { name: "View order" }).click();
  await expect(page).toHaveURL(new RegExp(`/${ORG}/orders/`));
  await expect(page.getByRole("heading", { name: "Port in order" })).toBeVisible();
  await page.getByText("Request as sent").click();
  await expect(page.getByText('"losingCarrierPin": "[redacted]"')).toBeVisible();
  // Opened, the request scrolls in a box the keyboard can reach.
  await expect(page.getByRole("region", { name: "Request as sent" })).toHaveAttribute("tabindex", "0");
  await expectAccessible(page, { afterToasts: true });

  // The donating carrier answers ten minutes after pickup: 903 with the FOC date.
  await advanceSandboxClock({ minutes: 12 });
  await page.getByRole("button", { name: "Check with Lumen" }).click();
  await expect(async () => {
    await page.reload();
    await expect(page.getByText(new RegExp(`FOC date: ${FOC_LABEL}`))).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 45_000 });
  await expectAccessible(page, { afterToasts: true });
}

test("ports two numbers as Local Inbound, one set aside, and sees the FOC date", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await numbersAndPortability(page, "7194410101, +17194410102\n7194419999", "(719) 441-9999");
  await losingCarrier(page, "7194410102");
  await subscriber(page, /^Local Inbound \(2036\)/, async () => {
    await page.getByRole("radio", { name: "Residential" }).press("Space");
    await page.getByLabel("First name").fill("Ann");
    await page.getByLabel("Last name").fill("O'Neil");
  });

  await expectStep(page, "Caller name");
  // Local Inbound: caller name only, no E911 option and no directory listing.
  await expect(page.getByText("E911 option")).toHaveCount(0);
  await expect(page.getByText("Add a directory listing")).toHaveCount(0);
  await page.getByLabel("Provision a caller name").press("Space");
  await page.getByLabel("Caller name", { exact: true }).fill("ANN ONEIL");
  await expectAccessible(page, { afterToasts: true });
  await page.getByLabel("Caller name", { exact: true }).press("Enter");

  await expect(page.getByRole("main")).toContainText("Ann O'Neil (residential)");
  await expect(page.getByRole("main")).toContainText("(719) 441-0102");
  await portAndFollowToFoc(page);
});

test("ports two numbers as Enhanced Local Service with E911 and a listing, and sees the FOC date", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await numbersAndPortability(page, "7194420101–7194420102\n7194429999", "(719) 442-9999");
  await losingCarrier(page, "7194420101");
  await subscriber(page, /^Enhanced Local Service \(2042\)/, async () => {
    await page.getByRole("radio", { name: "Business" }).press("Space");
    await page.getByLabel("Business name").fill("Larimer Bakery");
  });

  await expectStep(page, "Caller name, E911 and listing");
  // ELS needs an E911 option: Lumen's 20040 until one is chosen.
  await page.getByRole("button", { name: "Next", exact: true }).press("Enter");
  await expect(page.getByText(/^20040 · /)).toBeVisible();
  await page.getByRole("radio", { name: "Lumen static 911" }).press("Space");
  await page.getByLabel("Add a directory listing").press("Space");
  await expect(page.getByLabel("Listed business name")).toHaveValue("Larimer Bakery");
  await page.getByRole("radio", { name: "List and publish" }).press("Space");
  await expectAccessible(page, { afterToasts: true });
  await page.getByLabel("Listed business name").press("Enter");

  await expect(page.getByRole("main")).toContainText("List and publish: Larimer Bakery");
  await expect(page.getByRole("main")).toContainText("Lumen static 911");
  await portAndFollowToFoc(page);
});

test("a reload keeps what was typed, except the PIN, until it is sent, discarded or the user signs out", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const typed = "7194430101, 7194430102\n7194439999";
  await numbersAndPortability(page, typed, "(719) 443-9999");
  await losingCarrier(page, "7194430101");
  await expectStep(page, "Product and subscriber");
  await page.getByRole("radio", { name: "Residential" }).press("Space");
  await page.getByLabel("First name").fill("Ann");
  // Kept in the tab as typed; the PIN never.
  await expect.poll(() => page.evaluate(() => JSON.stringify(sessionStorage))).toContain("Ann O'Neil");
  expect(await page.evaluate(() => JSON.stringify(sessionStorage))).not.toContain("4321");

  await page.reload();
  const draft = page.getByRole("region", { name: "Unsent draft" });
  await expect(draft).toContainText("Nothing of it was sent.");
  await expectAccessible(page, { afterToasts: true });
  await draft.getByRole("button", { name: "Restore it" }).click();
  await expectStep(page, "Numbers");
  await expect(draft).toHaveCount(0);
  await expect(page.getByLabel("Telephone numbers")).toHaveValue(typed);
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expectStep(page, "Portability");
  await expect(page.getByText("2 of 3 can be ported; 1 set aside.")).toBeVisible();
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expectStep(page, "Losing carrier and authorization");
  await expect(page.getByLabel("Signed by")).toHaveValue("Ann O'Neil");
  await expect(page.getByLabel("Account number (optional)")).toHaveValue("ACCT-778");
  await expect(page.getByLabel("PIN (optional)")).toHaveValue("");
  // The browser's Back after the reload goes to the step before, not past the steps Next took.
  await page.goBack();
  await expectStep(page, "Portability");
  await page.goBack();
  await expectStep(page, "Numbers");

  // Discarded, it is not offered again.
  await page.reload();
  await draft.getByRole("button", { name: "Discard" }).click();
  await expect(draft).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("heading", { name: "Step 1 of 7: Numbers" })).toBeVisible();
  await expect(draft).toHaveCount(0);

  // Signing out forgets every draft of the tab.
  await page.getByLabel("Telephone numbers").fill("7194430105");
  await expect.poll(() => page.evaluate(() => JSON.stringify(sessionStorage))).toContain("7194430105");
  await page.getByRole("button", { name: "Account menu" }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  expect(await page.evaluate(() => JSON.stringify(sessionStorage))).not.toContain("7194430105");
});
