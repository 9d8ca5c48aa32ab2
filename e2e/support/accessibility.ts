import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/**
 * No serious or critical accessibility violation on what is shown now. `afterToasts`: a
 * toast fading out is judged at half its contrast, so scan once toasts are gone.
 */
export async function expectAccessible(page: Page, { afterToasts = false }: { afterToasts?: boolean } = {}) {
  if (afterToasts) await expect(page.locator("[data-sonner-toast]")).toHaveCount(0, { timeout: 15_000 });
  // Next streams a page's metadata and sends it again on a refresh: wait for the title
  // the page ends with rather than scan the moment in between.
  await expect(page).toHaveTitle(/\S/);
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}
