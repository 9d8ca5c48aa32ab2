import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { addBusinessDays } from "../lib/lumen/business-days";
import { expectAccessible } from "./support/accessibility";
import { SANDBOX, advanceSandboxClock } from "./support/sandbox";
import { signIn } from "./support/sign-in";

// A cancel inside a port's FOC window, refused by Lumen with 20066 and explained on the
// order page. Standing inside the window moves the shared sandbox clock days ahead of
// the wall clock, which specs comparing Lumen's times with the browser's (backorder
// countdowns, FOC dates) cannot follow: this file's name keeps it after every other spec.
// Number used: (612) 555-7704, ported as Local Inbound.

const ORG = "prairie-telecom";
const ADMIN_TOKEN = process.env.SANDBOX_ADMIN_TOKEN ?? "sandbox-admin-token";

async function sandboxNow(): Promise<Date> {
  const response = await fetch(`${SANDBOX}/_sandbox/clock`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
  return new Date(((await response.json()) as { nowMs: number }).nowMs);
}

test("on its FOC day a port cannot be cancelled: Lumen answers 20066 and the page says what to do instead", async ({ page }) => {
  await signIn(page, "owner@prairie.example", "prairie-owner-password");
  const foc = `${addBusinessDays(await sandboxNow(), 4).toISOString().slice(0, 10)}T12:00:00Z`;
  const placed = await page.request.post(`/api/orgs/${ORG}/orders`, {
    data: {
      type: "port",
      idempotencyKey: randomUUID(),
      request: {
        orderType: "LNP",
        productID: "2036",
        tnList: ["6125557704"],
        subscriberLines: [{ customerType: "R", firstName: "Ada", lastName: "Byron", serviceAddress: { streetNumber: "9", streetName: "Larimer", city: "Denver", state: "CO", zip: "80202" } }],
        customerRequestDate: foc,
        loaName: "Ada Byron",
        loaReceived: "Y",
        loaDateTime: `${new Date(Date.now() - 86_400_000).toISOString().slice(0, 19)}Z`,
        losingCarrierWirelessLnp: "N",
      },
    },
  });
  expect(placed.status()).toBe(201);
  const port = (await placed.json()).order as { id: string; voiceOrderId: string };

  // 903 sets the FOC date at noon of the day asked for; then Lumen's clock goes to that morning.
  await advanceSandboxClock({ minutes: 12 });
  const morning = new Date(`${foc.slice(0, 10)}T06:00:00Z`);
  await advanceSandboxClock({ minutes: Math.ceil((morning.getTime() - (await sandboxNow()).getTime()) / 60_000) });

  await page.goto(`/${ORG}/orders/${port.id}`);
  await page.getByRole("region", { name: "What you can do now" }).getByRole("button", { name: "Cancel the order" }).click();
  const dialog = page.getByRole("alertdialog", { name: `Cancel port in order ${port.voiceOrderId}?` });
  await dialog.getByRole("button", { name: `Cancel ${port.voiceOrderId}` }).click();
  const refusal = dialog.getByRole("alert");
  await expect(refusal).toContainText("Lumen 20066");
  await expect(refusal).toContainText("Cancellations are allowed up to one business day before FOC");
  await expect(refusal).toContainText("The FOC date is too close");
  // The page refreshes behind the dialog to show the refused cancel; check it once settled.
  await expect(dialog.getByRole("button", { name: "Keep the order as it is" })).toBeEnabled();
  await expect(page).toHaveTitle(`Port in order ${port.voiceOrderId} · Prairie Telecom · Voice Portal`);
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "Keep the order as it is" }).click();
  await expect(dialog).toHaveCount(0);
  // The keyboard's place is back on the button that opened the dialog.
  await expect(page.getByRole("region", { name: "What you can do now" }).getByRole("button", { name: "Cancel the order" })).toBeFocused();
  await expect(page.getByRole("main").getByRole("link", { name: "Cancel", exact: true })).toHaveCount(1);
  await expect(page.getByRole("main")).not.toContainText("Cancelled");
});
