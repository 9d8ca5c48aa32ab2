import type { ActiveNumber } from "@/lib/numbers/list-active-numbers";

/**
 * The change wizard's address for numbers picked on the active list. A change order names
 * one product for all its numbers, so the wizard starts on theirs when they share one;
 * `products` says how many there are, for the list to warn of a mix.
 */
export function changeSelectedHref(org: string, chosen: Pick<ActiveNumber, "tn" | "productId">[]) {
  const products = [...new Set(chosen.map((n) => n.productId))];
  const tns = chosen.map((n) => n.tn).join(",");
  return { href: `/${org}/change?tns=${tns}${products.length === 1 ? `&product=${products[0]}` : ""}`, products: products.length };
}
