import { expect, test } from "@playwright/test";
import { addMembership, seedOrganization, seedUser, withPortalDatabase } from "./support/database";
import { SANDBOX } from "./support/sandbox";

// Another organization's data, reached by direct URL or by a crafted request, is
// "not found"; a viewer cannot write. Through the real browser session.

test("a member of another organization gets 404 by direct URL and by route handler", async ({ page }) => {
  const { outsider, target } = await withPortalDatabase(async (client) => {
    const target = await seedOrganization(client, "Target Carrier", "3-TGT-1");
    const home = await seedOrganization(client, "Outsider Networks", "3-OUT-1");
    const outsider = await seedUser(client, "outsider@example.test", "outsider-password");
    await addMembership(client, outsider, home.id, "owner");
    return { outsider, target };
  });
  expect(outsider).toBeTruthy();

  await page.goto("/login");
  await page.getByLabel("E-mail").fill("outsider@example.test");
  await page.getByLabel("Password").fill("outsider-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/outsider-networks$/);

  const response = await page.goto(`/${target.slug}/orders`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  // Within its own organization, an order, notification or sub-account that is not there is 404 too.
  for (const path of ["orders/no-such-order", "notifications/no-such-notification", "sub-accounts/no-such-sub-account"]) {
    const missing = await page.goto(`/outsider-networks/${path}`);
    expect(missing?.status(), path).toBe(404);
  }

  const api = await page.request.get(`/api/orgs/${target.slug}/members`);
  expect(api.status()).toBe(404);
  const missing = await page.request.get(`/api/orgs/no-such-organization/members`);
  expect(await api.json()).toEqual(await missing.json());
});

test("a viewer can read but not change the organization's settings", async ({ page }) => {
  await withPortalDatabase(async (client) => {
    const org = await seedOrganization(client, "Viewer Land", "3-VWR-1");
    const viewer = await seedUser(client, "viewer@example.test", "viewer-password");
    await addMembership(client, viewer, org.id, "viewer");
  });
  await page.goto("/login");
  await page.getByLabel("E-mail").fill("viewer@example.test");
  await page.getByLabel("Password").fill("viewer-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/viewer-land$/);

  expect((await page.request.get("/api/orgs/viewer-land/settings")).status()).toBe(200);
  const write = await page.request.patch("/api/orgs/viewer-land/settings", {
    data: { name: "Hijacked", environment: "sandbox", lumenBaseUrl: SANDBOX },
  });
  expect(write.status()).toBe(403);
  expect((await write.json()).error.code).toBe("FORBIDDEN");
});

test("requests without a session get 401 from route handlers and the sign-in page from pages", async ({ page, request }) => {
  expect((await request.get("/api/orgs/viewer-land/members")).status()).toBe(401);
  // …and, once signed in, back to the page that was asked for.
  await page.goto("/viewer-land/numbers?status=active");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fviewer-land%2Fnumbers%3Fstatus%3Dactive$/);
  await page.getByLabel("E-mail").fill("viewer@example.test");
  await page.getByLabel("Password").fill("viewer-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/viewer-land\/numbers\?status=active$/);
});
