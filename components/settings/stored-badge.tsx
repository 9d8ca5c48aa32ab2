import { ShieldCheck, ShieldOff } from "lucide-react";
import { Badge } from "@/components/ui/badge";

/** Whether a credential is stored; its value is never shown. */
export function StoredBadge({ stored, storedLabel = "Stored", missingLabel = "Not stored" }: { stored: boolean; storedLabel?: string; missingLabel?: string }) {
  return stored ? (
    <Badge tone="success">
      <ShieldCheck aria-hidden />
      {storedLabel}
    </Badge>
  ) : (
    <Badge tone="warning">
      <ShieldOff aria-hidden />
      {missingLabel}
    </Badge>
  );
}
