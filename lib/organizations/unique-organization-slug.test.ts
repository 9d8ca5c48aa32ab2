import { describe, expect, it } from "vitest";
import { createTestOrganization, testDb } from "@/test/fixtures";
import { uniqueOrganizationSlug } from "./unique-organization-slug";

describe("an organization's slug", () => {
  it("never takes a path the portal answers itself", async () => {
    expect(await uniqueOrganizationSlug(testDb, "Voice")).toBe("voice-2");
    expect(await uniqueOrganizationSlug(testDb, "API")).toBe("api-2");
  });

  it("is suffixed when the name's slug is taken", async () => {
    const taken = await createTestOrganization("slugged");
    expect(await uniqueOrganizationSlug(testDb, taken.slug)).toBe(`${taken.slug}-2`);
  });
});
