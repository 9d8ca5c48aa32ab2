import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/accessibility";
import { signIn } from "./support/sign-in";

// The active numbers list and a number's own page, as the owner created at /setup (Prairie
// Telecom, the sandbox's customer 1-ABC-23, whose DENVER numbers 3039740101–3039740130 are
// active under ACME-MAIN). Only 3039740127–3039740129 are used here, and nothing is
// ordered on them: the selection stops at the change wizard's address.
test.describe.configure({ mode: "serial" });

const ORG = "prairie-telecom";

test.beforeEach(async ({ page }) => {
  await signIn(page, "owner@prairie.example", "prairie-owner-password");
});


test("filters the active numbers and hands two of them to the change wizard", async ({ page }) => {
  await page.goto(`/${ORG}/numbers`);
  await page.getByRole("navigation", { name: "Numbers lists" }).getByRole("link", { name: "Active" }).click();
  await expect(page).toHaveURL(new RegExp(`/${ORG}/numbers/active$`));
  const table = page.getByRole("table", { name: "Active numbers" });
  await expect(table.getByRole("link", { name: "(303) 974-0101" })).toBeVisible();
  await expect(table).toContainText("Mile High Dental");
  await expectAccessible(page);

  await page.getByLabel("Search").fill("(303) 974-012");
  await page.getByLabel("Customer service name").fill("ACME-MAIN");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/[?&]q=.*customerServiceName=ACME-MAIN|[?&]customerServiceName=ACME-MAIN.*q=/);
  await expect(table.getByRole("link", { name: "(303) 974-0127" })).toBeVisible();
  await expect(table.getByRole("link", { name: "(303) 974-0101" })).toHaveCount(0);
  await expectAccessible(page);

  await table.getByRole("checkbox", { name: "(303) 974-0127" }).check();
  await table.getByRole("checkbox", { name: "(303) 974-0128" }).check();
  await expect(page.getByText("2 selected")).toBeVisible();
  await page.getByRole("link", { name: "Change selected" }).click();
  // The wizard starts on the numbers' own product, which the list knows from Lumen's report.
  await expect(page).toHaveURL(new RegExp(`/${ORG}/change\\?tns=3039740127,3039740128&product=2036$`));
  await expect(page.getByRole("radio", { name: "Local Inbound (2036)" })).toBeChecked();
});

test("opens a number's page and keeps a note on it", async ({ page }) => {
  await page.goto(`/${ORG}/numbers/active?q=3039740129`);
  await page.getByRole("table", { name: "Active numbers" }).getByRole("link", { name: "(303) 974-0129" }).click();
  await expect(page).toHaveURL(new RegExp(`/${ORG}/numbers/3039740129$`));
  await expect(page.getByRole("heading", { level: 1, name: "(303) 974-0129" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("Mile High Dental");
  await expect(page.getByRole("main").getByRole("link", { name: "Disconnect", exact: true })).toHaveAttribute("href", `/${ORG}/disconnect?tns=3039740129`);
  await expect(page.getByRole("main").getByRole("link", { name: "Change", exact: true })).toHaveAttribute("href", `/${ORG}/change?tns=3039740129&product=2036`);
  await expectAccessible(page);

  const text = `Subscriber asked about call forwarding (${Date.now()}).`;
  await page.getByLabel("New note").fill(text);
  await page.getByLabel("Who may read it").selectOption("shared");
  // By keyboard: the button is disabled while the note is sent, and the focus comes back to it, not to the page's top.
  await page.getByRole("button", { name: "Add note" }).focus();
  await page.keyboard.press("Enter");
  const notes = page.getByRole("list", { name: "Notes, newest first" });
  await expect(notes).toContainText(text);
  await expect(page.getByRole("button", { name: "Add note" })).toBeFocused();
  await page.reload();
  await expect(notes.getByRole("listitem").first()).toContainText(text);
  await expect(notes.getByRole("listitem").first()).toContainText("Shared with the sub-account");
  await expectAccessible(page);
});

test("pages and filters one read of Lumen's report, and reads it again when asked", async ({ page }) => {
  const reportOf = (href: string | null) => new URL(href ?? "", "http://portal").searchParams.get("report");
  const exportLink = page.getByRole("link", { name: "Export CSV" });
  await page.goto(`/${ORG}/numbers/active?pageSize=10`);
  await expect(page.getByText("Lumen's report as read")).toBeVisible();
  const reportId = reportOf(await exportLink.getAttribute("href"));
  expect(reportId).toMatch(/^[0-9a-f-]{36}$/);
  await expectAccessible(page);

  await page.getByRole("navigation", { name: "Pages of active numbers" }).getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/[?&]page=2(&|$)/);
  expect(reportOf(page.url())).toBe(reportId);

  await page.getByLabel("Search").fill("dental");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/[?&]q=dental(&|$)/);
  expect(reportOf(page.url())).toBe(reportId);
  await expect(exportLink).toHaveAttribute("href", new RegExp(`report=${reportId}`));

  await page.getByRole("link", { name: "Read it again" }).click();
  await expect(page).toHaveURL(new RegExp(`/${ORG}/numbers/active\\?(?!.*report=).*q=dental`));
  await expect(exportLink).not.toHaveAttribute("href", new RegExp(`report=${reportId}`));
  expect(reportOf(await exportLink.getAttribute("href"))).toMatch(/^[0-9a-f-]{36}$/);
});
