// A wizard's entries kept in the browser tab while they are typed, so that a reload, a
// crash or a tab the browser restores does not lose a long form (a port's subscriber and
// letter of authorization, an install's 399 numbers). Kept in sessionStorage: it stays
// with the tab, survives a reload and the browser's restore after a crash, and is gone
// when the tab is closed, so subscribers' details do not outlive the work on this
// computer. Secrets (a port's losing carrier PIN) are never kept; signing out forgets
// every draft of the tab. Nothing here reaches the server.

const PREFIX = "voice-portal:draft:";
/** A draft older than this is not offered: whatever it was for has moved on. */
export const DRAFT_MAX_AGE_MS = 24 * 60 * 60 * 1000;

export interface WizardDraft {
  /** When it was last written (ISO). */
  savedAt: string;
  values: Record<string, unknown>;
}

type DraftStorage = Pick<Storage, "getItem" | "setItem" | "removeItem" | "key" | "length">;

/** The tab's storage, or null where there is none (the server, a browser that refuses it). */
export function tabStorage(): DraftStorage | null {
  try {
    return typeof window === "undefined" ? null : window.sessionStorage;
  } catch {
    return null;
  }
}

/** Writes the entries, without the fields named in `omit`. Storage full or refused: the draft is simply not kept. */
export function saveDraft(storage: DraftStorage, key: string, values: Record<string, unknown>, omit: readonly string[], now = new Date()): void {
  const kept = Object.fromEntries(Object.entries(values).filter(([field]) => !omit.includes(field)));
  try {
    storage.setItem(PREFIX + key, JSON.stringify({ savedAt: now.toISOString(), values: kept } satisfies WizardDraft));
  } catch {
    // Nothing to do: a form that cannot be kept is still on screen.
  }
}

/** The draft under `key`, unless there is none, it is unreadable or it is too old (then it is dropped). */
export function readDraft(storage: DraftStorage, key: string, now = new Date()): WizardDraft | null {
  const text = storage.getItem(PREFIX + key);
  if (!text) return null;
  try {
    const draft = JSON.parse(text) as Partial<WizardDraft>;
    const age = now.getTime() - Date.parse(draft.savedAt ?? "");
    if (typeof draft.values === "object" && draft.values !== null && age >= 0 && age <= DRAFT_MAX_AGE_MS) {
      return { savedAt: draft.savedAt!, values: draft.values };
    }
  } catch {
    // Unreadable: dropped below.
  }
  storage.removeItem(PREFIX + key);
  return null;
}

export function discardDraft(storage: DraftStorage, key: string): void {
  storage.removeItem(PREFIX + key);
}

/** Every draft of the tab, at sign-out: the next person at this computer sees none of them. */
export function discardAllDrafts(storage: DraftStorage | null = tabStorage()): void {
  if (!storage) return;
  const keys = Array.from({ length: storage.length }, (_, index) => storage.key(index)).filter((key): key is string => !!key?.startsWith(PREFIX));
  for (const key of keys) storage.removeItem(key);
}
