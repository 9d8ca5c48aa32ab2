import { Eye } from "lucide-react";
import { roleAtLeast, ROLE_LABELS, type Role } from "@/lib/tenancy/roles";

// Viewers can open an order page by its address even though the navigation hides it; tell
// them why they will not be able to submit. The server refuses their orders regardless.
export function ReadOnlyNotice({ role }: { role: Role }) {
  if (roleAtLeast(role, "operator")) return null;
  return (
    <p className="flex items-start gap-2 rounded-md border bg-muted px-4 py-3 text-sm">
      <Eye aria-hidden className="mt-0.5 size-4 shrink-0 text-muted-foreground" />
      <span>
        Your role here is {ROLE_LABELS[role]}: you can follow orders, but placing them needs the{" "}
        {ROLE_LABELS.operator} role or higher. An admin or owner of this organization can change your role.
      </span>
    </p>
  );
}
