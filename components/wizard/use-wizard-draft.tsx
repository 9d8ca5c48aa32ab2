"use client";

import { History, X } from "lucide-react";
import { useEffect, useState } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { OrderTime } from "@/components/orders/order-time";
import { Button } from "@/components/ui/button";
import { discardDraft, readDraft, saveDraft, tabStorage, type WizardDraft } from "./wizard-draft";

interface DraftOptions {
  /** One per organization and wizard, e.g. "acme/install". */
  key: string;
  /** Fields never kept (secrets). */
  omit: readonly string[];
  /** Orders are on their way: the draft is dropped, so a reload cannot send them twice. */
  started: boolean;
}

/**
 * Keeps a wizard's entries in the tab as they are typed (wizard-draft.ts) and, when the
 * wizard opens with a draft that differs from what it starts with, offers it back.
 */
export function useWizardDraft<Values extends FieldValues>(form: UseFormReturn<Values>, { key, omit, started }: DraftOptions) {
  const [offered, setOffered] = useState<WizardDraft | null>(null);
  const omitted = omit.join(",");

  // On opening. Read after hydration: the server cannot know the tab's storage.
  useEffect(() => {
    const storage = tabStorage();
    const draft = storage && readDraft(storage, key);
    if (!draft) return;
    const current = form.getValues() as Record<string, unknown>;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- read once, after hydration: the server has no tab storage to render it from
    if (JSON.stringify({ ...current, ...draft.values }) !== JSON.stringify(current)) setOffered(draft);
  }, [form, key]);

  useEffect(() => {
    const storage = tabStorage();
    if (!storage) return;
    if (started) return discardDraft(storage, key);
    const fields = omitted ? omitted.split(",") : [];
    const subscription = form.watch((values) => saveDraft(storage, key, values as Record<string, unknown>, fields));
    return () => subscription.unsubscribe();
  }, [form, key, omitted, started]);

  return {
    offered,
    restore() {
      if (!offered) return;
      form.reset({ ...form.getValues(), ...offered.values } as Values);
      setOffered(null);
    },
    discard() {
      const storage = tabStorage();
      if (storage) discardDraft(storage, key);
      setOffered(null);
    },
  };
}

/** "This tab has an unsent draft of this form from 5 minutes ago": restore it, or drop it. */
export function WizardDraftNotice({ draft, onRestore, onDiscard }: { draft: WizardDraft; onRestore: () => void; onDiscard: () => void }) {
  return (
    <section
      aria-label="Unsent draft"
      className="flex flex-wrap items-center gap-3 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100"
    >
      <History aria-hidden className="size-4 shrink-0" />
      <p className="min-w-0 flex-1">
        This tab kept what was typed into this form <OrderTime value={draft.savedAt} />, before it was left or reloaded. Nothing
        of it was sent.
      </p>
      <div className="flex gap-2">
        <Button type="button" size="sm" onClick={onRestore}>
          Restore it
        </Button>
        <Button type="button" size="sm" variant="outline" onClick={onDiscard}>
          <X aria-hidden />
          Discard
        </Button>
      </div>
    </section>
  );
}
