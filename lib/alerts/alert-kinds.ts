import { z } from "zod";
import type { AlertKind } from "@/lib/db/generated/enums";

// The notifications a user can be mailed about, in the words the alerts page shows, and
// the one schema for their choice: the form's resolver and the route handler both use it.

export const ALERT_KINDS = ["backorder_waiting", "rejection", "foc_scheduled", "not_placed"] as const satisfies readonly AlertKind[];

export const ALERT_KIND_INFO: Record<AlertKind, { label: string; sentence: string }> = {
  backorder_waiting: {
    label: "Backorder waiting for a decision",
    sentence: "Lumen has fewer numbers than a reservation asked for and waits at most four hours for your answer (code 10001).",
  },
  rejection: {
    label: "Order rejected",
    sentence: "Lumen refused an order, or refused a cancel or approval of one, with its code and what it means.",
  },
  foc_scheduled: {
    label: "Port's FOC date set",
    sentence: "Lumen set the firm order commitment date of a port in (code 903 or 904 with a date): plan the cut-over for that day.",
  },
  not_placed: {
    label: "Order never reached Lumen",
    sentence: "An order's answer was lost, and asking Lumen later showed it never arrived: it waits to be placed again.",
  },
};

export const AlertPreferencesSchema = z.object({
  backorder_waiting: z.boolean(),
  rejection: z.boolean(),
  foc_scheduled: z.boolean(),
  not_placed: z.boolean(),
}).strict();
export type AlertPreferences = z.infer<typeof AlertPreferencesSchema>;
