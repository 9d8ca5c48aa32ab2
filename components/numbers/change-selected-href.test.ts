import { describe, expect, it } from "vitest";
import { changeSelectedHref } from "./change-selected-href";

describe("changeSelectedHref", () => {
  it("starts the change wizard on the product the chosen numbers share", () => {
    const chosen = [{ tn: "3039740127", productId: "2042" }, { tn: "3039740128", productId: "2042" }];
    expect(changeSelectedHref("acme", chosen)).toEqual({ href: "/acme/change?tns=3039740127,3039740128&product=2042", products: 1 });
  });

  it("names no product for numbers on two, and says there are two", () => {
    const chosen = [{ tn: "3039740127", productId: "2036" }, { tn: "3039740128", productId: "2042" }];
    expect(changeSelectedHref("acme", chosen)).toEqual({ href: "/acme/change?tns=3039740127,3039740128", products: 2 });
  });

  it("names no product when a number's is unknown", () => {
    expect(changeSelectedHref("acme", [{ tn: "3039740127", productId: null }]).href).toBe("/acme/change?tns=3039740127");
  });
});
