import { OWN_LABEL } from "@/lib/sub-accounts/own-label";

/** A sub-account's name, or the organization's own in muted words when there is none. */
export function SubAccountName({ name }: { name: string | null | undefined }) {
  if (name) return <>{name}</>;
  return (
    <span className="text-muted-foreground" title="The organization's own, not a reseller's">
      {OWN_LABEL}
    </span>
  );
}
