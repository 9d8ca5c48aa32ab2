import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { OrderTime } from "@/components/orders/order-time";
import type { NumberNote } from "@/lib/numbers/number-notes";
import { NOTE_VISIBILITY_LABELS } from "@/lib/numbers/number-note-schema";
import { AddNoteForm } from "./add-note-form";

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
    <Card aria-labelledby="number-notes-title">
      <CardHeader>
        <CardTitle id="number-notes-title">Notes</CardTitle>
        <CardDescription>
          {isSubAccount
            ? "Notes shared between your team and the partner's staff."
            : "Notes for your team, or shared with the sub-account that holds the number."}
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-5">
        {canWrite ? (
          <AddNoteForm org={org} tn={tn} sharedOnly={isSubAccount} />
        ) : (
          <p className="text-sm text-muted-foreground">Your role can read notes; adding them needs the Operator role or higher.</p>
        )}
        {notes.length === 0 ? (
          <p className="text-sm text-muted-foreground">No notes yet.</p>
        ) : (
          <ul className="flex flex-col divide-y" aria-label="Notes, newest first">
            {notes.map((note) => (
              <li key={note.id} className="flex flex-col gap-1.5 py-3 first:pt-0">
                <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted-foreground">
                  <span className="font-medium text-foreground">{note.author ? (note.author.name ?? note.author.email) : "A former member"}</span>
                  <OrderTime value={note.createdAt.toISOString()} mode="absolute" />
                  {!isSubAccount && <Badge tone={note.visibility === "shared" ? "info" : "neutral"}>{NOTE_VISIBILITY_LABELS[note.visibility]}</Badge>}
                </div>
                <p className="text-sm whitespace-pre-wrap">{note.body}</p>
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
