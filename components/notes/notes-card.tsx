import type { ReactNode } from "react";
import { OrderTime } from "@/components/orders/order-time";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { NOTE_VISIBILITY_LABELS } from "@/lib/numbers/number-note-schema";

/** A note as the notes data functions return it (React carries the Date to the browser as it is). */
export interface NoteItem {
  id: string;
  body: string;
  visibility: "staff" | "shared";
  createdAt: Date | string;
  author: { name: string | null; email: string } | null;
}

interface NotesCardProps {
  /** Ties the card to its heading, unique on the page. */
  titleId: string;
  description: string;
  /** Already only what this tenant may read. */
  notes: NoteItem[];
  /** The form to add a note, or null where the role only reads. */
  form: ReactNode;
  /** A reseller's users see shared notes only, so the visibility goes without saying. */
  isSubAccount: boolean;
}

/** The notes on a number or an order, newest first, with the form to add one. */
export function NotesCard({ titleId, description, notes, form, isSubAccount }: NotesCardProps) {
  return (
    <Card aria-labelledby={titleId}>
      <CardHeader>
        <CardTitle id={titleId}>Notes</CardTitle>
        <CardDescription>{description}</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-5">
        {form ?? <p className="text-sm text-muted-foreground">Your role can read notes; adding them needs the Operator role or higher.</p>}
        {notes.length === 0 ? (
          <p className="text-sm text-muted-foreground">No notes yet.</p>
        ) : (
          <ul className="flex flex-col divide-y" aria-label="Notes, newest first">
            {notes.map((note) => (
              <li key={note.id} className="flex flex-col gap-1.5 py-3 first:pt-0">
                <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted-foreground">
                  <span className="font-medium text-foreground">{note.author ? (note.author.name ?? note.author.email) : "A former member"}</span>
                  <OrderTime value={new Date(note.createdAt).toISOString()} mode="absolute" />
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
