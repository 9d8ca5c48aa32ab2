import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { toast } from "sonner";
import type { ApiError } from "@/components/settings/api-error";

/** Puts the server's field errors on the form's fields (focusing the first); anything else becomes a toast. */
export function placeFieldErrors<T extends FieldValues>(form: UseFormReturn<T, unknown, unknown>, fields: readonly Path<T>[], error: ApiError): void {
  let placed = false;
  for (const field of fields) {
    const message = error.fieldErrors?.[field]?.[0];
    if (message) {
      form.setError(field, { message }, { shouldFocus: !placed });
      placed = true;
    }
  }
  if (!placed) toast.error(error.message, { description: error.code });
}
