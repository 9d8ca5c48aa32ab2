import { describe, expect, it } from "vitest";
import { discardAllDrafts, DRAFT_MAX_AGE_MS, readDraft, saveDraft } from "./wizard-draft";

// What the tab keeps of a wizard's entries, and for how long. The browser's sessionStorage
// is stood in for by a Map behind the same Storage interface; the wizards use the real one
// in the end-to-end tests (e2e/port-in.spec.ts, e2e/reserve.spec.ts).

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    get length() {
      return items.size;
    },
    key: (index: number) => [...items.keys()][index] ?? null,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

const at = new Date("2026-11-27T12:00:00Z");

describe("a wizard's draft", () => {
  it("keeps the entries without the fields never to be kept, and reads them back", () => {
    const storage = memoryStorage();
    saveDraft(storage, "acme/port-in", { loaName: "Ann O'Neil", losingCarrierPin: "4321", tns: "7194430101" }, ["losingCarrierPin"], at);
    expect([...storage.items.values()].join()).not.toContain("4321");
    expect(readDraft(storage, "acme/port-in", at)).toEqual({ savedAt: at.toISOString(), values: { loaName: "Ann O'Neil", tns: "7194430101" } });
    expect(readDraft(storage, "other/port-in", at)).toBeNull();
  });

  it("drops a draft a day old, or one it cannot read", () => {
    const storage = memoryStorage();
    saveDraft(storage, "acme/install", { tns: "1" }, [], at);
    expect(readDraft(storage, "acme/install", new Date(at.getTime() + DRAFT_MAX_AGE_MS))).not.toBeNull();
    expect(readDraft(storage, "acme/install", new Date(at.getTime() + DRAFT_MAX_AGE_MS + 1))).toBeNull();
    expect(storage.items.size).toBe(0);
    storage.setItem("voice-portal:draft:acme/change", "{not json");
    expect(readDraft(storage, "acme/change", at)).toBeNull();
    expect(storage.items.size).toBe(0);
  });

  it("is not kept when the storage refuses it, and the form goes on", () => {
    const full = { ...memoryStorage(), setItem: () => { throw new DOMException("full", "QuotaExceededError"); } };
    expect(() => saveDraft(full, "acme/install", { tns: "1" }, [], at)).not.toThrow();
  });

  it("signing out forgets every draft of the tab and nothing else", () => {
    const storage = memoryStorage();
    saveDraft(storage, "acme/install", { tns: "1" }, [], at);
    saveDraft(storage, "beta/reserve", { lines: [] }, [], at);
    storage.setItem("theme", "dark");
    discardAllDrafts(storage);
    expect([...storage.items.keys()]).toEqual(["theme"]);
  });
});
