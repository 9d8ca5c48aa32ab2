import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { addBusinessDays } from "../lib/lumen/business-days";
import { expectAccessible } from "./support/accessibility";
import { SANDBOX, advanceSandboxClock } from "./support/sandbox";
import { signIn } from "./support/sign-in";

// "What you can do now" on port orders, against the sandbox `npm start` runs, as the owner
// created at /setup (Prairie Telecom, customer 1-ABC-23). Ports are placed through the
// portal's API: (612) 555-7701 as Local Inbound (its FOC date arrives, then a supplement
// moves it), (612) 555-7702 as Enhanced Local Service (cancelled in time), (612) 555-7703
// as Local Inbound (ported now). A cancel inside the FOC window needs Lumen's clock days
// ahead, so it runs last of all specs, in zz-order-actions-foc-window.spec.ts.
test.describe.configure({ mode: "serial" });

const ORG = "prairie-telecom";
const ADMIN_TOKEN = process.env.SANDBOX_ADMIN_TOKEN ?? "sandbox-admin-token";
const FOC_DAY = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" });

test.beforeEach(async ({ page }) => {
  await signIn(page, "owner@prairie.example", "prairie-owner-password");
});

async function sandboxNow(): Promise<Date> {
  const response = await fetch(`${SANDBOX}/_sandbox/clock`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
  return new Date(((await response.json()) as { nowMs: number }).nowMs);
}

/** Noon UTC, `days` business days after Lumen's today: the port date asked for, and so its FOC. */
async function businessNoon(days: number): Promise<string> {
  return `${addBusinessDays(await sandboxNow(), days).toISOString().slice(0, 10)}T12:00:00Z`;
}

const focText = (date: string) => `FOC date: ${FOC_DAY.format(new Date(date)).replace(",", "")}`;
const FOC_DAY_WITH_YEAR = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
/** A noon request date as the port's versions show it: "Mon 7 Dec 2026, 12:00 UTC". */
const requestedText = (date: string) => `${FOC_DAY_WITH_YEAR.format(new Date(date)).replaceAll(",", "")}, 12:00 UTC`;

async function placePort(page: Page, tn: string, product: "2036" | "2042", date: string) {
  const line = { customerType: "R", firstName: "Ada", lastName: "Byron", serviceAddress: { streetNumber: "9", streetName: "Larimer", city: "Denver", state: "CO", zip: "80202" } };
  const placed = await page.request.post(`/api/orgs/${ORG}/orders`, {
    data: {
      type: "port",
      idempotencyKey: randomUUID(),
      request: {
        orderType: "LNP",
        productID: product,
        tnList: [tn],
        subscriberLines: [product === "2042" ? { ...line, e911Option: "STATIC911" } : line],
        customerRequestDate: date,
        billingTelephoneNumber: tn,
        loaName: "Ada Byron",
        loaReceived: "Y",
        loaDateTime: `${new Date(Date.now() - 86_400_000).toISOString().slice(0, 19)}Z`,
        losingCarrierWirelessLnp: "N",
      },
    },
  });
  expect(placed.status()).toBe(201);
  return (await placed.json()).order as { id: string; voiceOrderId: string };
}

/** Until the text shows: the portal polls Lumen's notifications once a minute. */
async function awaitText(page: Page, text: string) {
  await expect(async () => {
    await page.reload();
    await expect(page.getByText(text, { exact: false }).first()).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 100_000 });
}


let supplemented: { id: string; voiceOrderId: string };
let cancelled: { id: string; voiceOrderId: string };
let portedNow: { id: string; voiceOrderId: string };
let firstDate: string;

test("a port's FOC date arrives on its page and the date is supplemented after a field-by-field preview", async ({ page }) => {
  test.setTimeout(240_000);
  firstDate = await businessNoon(4);
  supplemented = await placePort(page, "6125557701", "2036", firstDate);
  cancelled = await placePort(page, "6125557702", "2042", firstDate);
  portedNow = await placePort(page, "6125557703", "2036", firstDate);

  await page.goto(`/${ORG}/orders/${supplemented.id}`);
  const panel = page.getByRole("region", { name: "What you can do now" });
  await expect(panel.getByRole("list", { name: "Not possible now" })).toContainText("Port now: Lumen 1612Lumen has not set the FOC date yet");
  await expectAccessible(page);

  // The donating carrier answers ten minutes after pickup with 903 and the FOC date.
  await advanceSandboxClock({ minutes: 12 });
  await awaitText(page, focText(firstDate));
  await expect(panel.getByRole("button", { name: "Port now" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Versions" })).toContainText("Version 1");

  await panel.getByRole("button", { name: "Supplement the port" }).click();
  const form = panel.getByRole("form", { name: `Supplement port ${supplemented.voiceOrderId}` });
  await expect(form.getByRole("heading", { name: `Supplement port ${supplemented.voiceOrderId}` })).toBeFocused();
  // Nothing changed yet: Lumen's 20048, before anything is sent.
  await form.getByRole("button", { name: "Review changes" }).click();
  await expect(form.getByRole("alert")).toContainText("Lumen 20048");

  const newDate = await businessNoon(6);
  await form.getByLabel("Requested port date").fill(newDate.slice(0, 10));
  await form.getByRole("button", { name: "Review changes" }).click();
  const preview = form.getByRole("table");
  await expect(preview.getByRole("row")).toHaveCount(2);
  await expect(preview.getByRole("row").nth(1)).toContainText(`Requested date${requestedText(firstDate)}${requestedText(newDate)}`);
  await expectAccessible(page);
  await form.getByRole("button", { name: "Send the supplement" }).dblclick();
  await expect(page.getByText(`Lumen accepted the supplement of ${supplemented.voiceOrderId}.`)).toBeVisible();

  // Lumen's 904 moves the FOC date; the port keeps both versions.
  await awaitText(page, focText(newDate));
  const versions = page.getByRole("region", { name: "Versions" });
  const second = versions.getByRole("listitem", { name: "Version 2" });
  await expect(second).toContainText("supplement");
  await expect(second).toContainText(`Requested date${requestedText(firstDate)}`);
  await expect(second).toContainText(requestedText(newDate));
  await expect(versions.getByRole("listitem", { name: "Version 3" })).toHaveCount(0);
});

test("an Enhanced Local Service port is cancelled in time, the cancel listed as a follow-up order", async ({ page }) => {
  await page.goto(`/${ORG}/orders/${cancelled.id}`);
  const panel = page.getByRole("region", { name: "What you can do now" });
  await panel.getByRole("button", { name: "Cancel the order" }).click();
  const dialog = page.getByRole("alertdialog", { name: `Cancel port in order ${cancelled.voiceOrderId}?` });
  await expect(dialog).toContainText(`This cancels the whole voice order ${cancelled.voiceOrderId} and every number on it: (612) 555-7702.`);
  await expect(dialog).toContainText("Lumen reports no child (transaction) orders under this order, so the whole order is cancelled.");
  await expectAccessible(page);
  await dialog.getByRole("button", { name: `Cancel ${cancelled.voiceOrderId}` }).dblclick();
  await expect(page.getByText(`Lumen accepted the cancel of ${cancelled.voiceOrderId}.`)).toBeVisible();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole("main")).toContainText("Cancelled");
  const followUps = page.getByRole("main").getByRole("link", { name: "Cancel", exact: true });
  await expect(followUps).toHaveCount(1);
  await expect(page.getByRole("list", { name: "Not possible now" })).toContainText("This order is already cancelled.");
  // The cancel button is gone with the order's cancel: focus waits on the page's heading, not the body.
  await expect(page.getByRole("heading", { level: 1, name: "Port in order" })).toBeFocused();
});

test("port now brings a port with its FOC date in at once; the order completes when Lumen says so", async ({ page }) => {
  await page.goto(`/${ORG}/orders/${portedNow.id}`);
  await awaitText(page, focText(firstDate));
  const panel = page.getByRole("region", { name: "What you can do now" });
  await panel.getByRole("button", { name: "Port now" }).click();
  const dialog = page.getByRole("alertdialog", { name: `Port ${portedNow.voiceOrderId} now?` });
  await expect(dialog).toContainText("Lumen activates the port at once instead of on its FOC date");
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "Port now" }).dblclick();
  await expect(page.getByText(`Lumen accepted port now for ${portedNow.voiceOrderId}.`)).toBeVisible();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole("main").getByRole("link", { name: "Port now", exact: true })).toHaveCount(1);
  await expect(page.getByRole("main")).toContainText("Completed");
  await expect(page.getByRole("list", { name: "Not possible now" })).toContainText("Cancel the order: Lumen 20238Completed orders cannot be cancelled");
  await expect(page.getByRole("heading", { level: 1, name: "Port in order" })).toBeFocused();

  // The FOC calendar puts it on the day it completed, not on the FOC date it skipped.
  await page.goto(`/${ORG}/ports/calendar`);
  const onCalendar = page.getByRole("article", { name: `Port ${portedNow.voiceOrderId}` });
  await expect(onCalendar).toContainText(`Ported now, ahead of its FOC date ${FOC_DAY.format(new Date(firstDate)).replace(",", "")}.`);
  await expect(onCalendar).toContainText("Completed");
});
