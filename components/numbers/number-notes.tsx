import { AddNoteForm } from "@/components/notes/add-note-form";
import { NotesCard } from "@/components/notes/notes-card";
import type { NumberNote } from "@/lib/numbers/number-notes";

interface NumberNotesProps {
  org: string;
  tn: string;
  notes: NumberNote[];
  /** Operators and up write notes; viewers read. */
  canWrite: boolean;
  /** A reseller's users see and write shared notes only. */
  isSubAccount: boolean;
}

export function NumberNotes({ org, tn, notes, canWrite, isSubAccount }: NumberNotesProps) {
  return (
    <NotesCard
      titleId="number-notes-title"
      description={
        isSubAccount ? "Notes shared between your team and the partner's staff." : "Notes for your team, or shared with the sub-account that holds the number."
      }
      notes={notes}
      isSubAccount={isSubAccount}
      form={canWrite ? <AddNoteForm action={`/api/orgs/${encodeURIComponent(org)}/numbers/${tn}/notes`} label="Add a note" sharedOnly={isSubAccount} /> : null}
    />
  );
}
