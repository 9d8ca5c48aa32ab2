import type { ActiveNumber } from "@/lib/numbers/list-active-numbers";

/**
 * The change wizard's address for numbers picked on the active list. A change order names
 * one product for all its numbers, so the wizard starts on theirs when they share one;
 * `products` says how many there are, for the list to warn of a mix.
 */
export function changeSelectedHref(org: string, chosen: Array<{ tn: ActiveNumber["tn"]; productId: string | null }>) {
  // A number of unknown product (null) makes the shared product unknown too.
  const products = [...new Set(chosen.map((n) => n.productId))];
  const tns = chosen.map((n) => n.tn).join(",");
  const shared = products.length === 1 ? products[0] : null;
  return { href: `/${org}/change?tns=${tns}${shared ? `&product=${shared}` : ""}`, products: products.length };
}
