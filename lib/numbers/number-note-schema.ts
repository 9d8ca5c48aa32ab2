// A note on a telephone number, as the form sends it and the notes route parses it.
import { z } from "zod";

export const NOTE_MAX_LENGTH = 2000;

export const NOTE_VISIBILITIES = ["staff", "shared"] as const;
export type NoteVisibilityValue = (typeof NOTE_VISIBILITIES)[number];

export const NumberNoteSchema = z.object({
  body: z.string().trim().min(1, "Write the note first.").max(NOTE_MAX_LENGTH, `Keep the note under ${NOTE_MAX_LENGTH} characters.`),
  visibility: z.enum(NOTE_VISIBILITIES, "Choose who may read the note."),
});

export type NumberNoteInput = z.input<typeof NumberNoteSchema>;
export type NumberNoteValues = z.output<typeof NumberNoteSchema>;

export const NOTE_VISIBILITY_LABELS: Record<NoteVisibilityValue, string> = {
  staff: "Staff only",
  shared: "Shared with the sub-account",
};
