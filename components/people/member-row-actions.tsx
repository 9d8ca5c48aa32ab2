"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { toast } from "sonner";
import { AlertDialog } from "radix-ui";
import { AlertDialogPanel } from "@/components/ui/alert-dialog-panel";
import { Button } from "@/components/ui/button";
import { focusPageHeading } from "@/components/shell/page-header";
import { NativeSelect } from "@/components/ui/native-select";
import { SUB_ACCOUNT_ROLES } from "@/lib/people/people-schemas";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/tenancy/roles";
import { peopleApi } from "./people-api";
import { sendJson } from "./send-json";

interface MemberRowActionsProps {
  org: string;
  actorRole: Role;
  member: { id: string; name: string; role: Role; inSubAccount: boolean; isYou: boolean; isLastOwner: boolean };
}

/** Role change and removal for one member; the server decides, this only offers what may pass. */
export function MemberRowActions({ org, actorRole, member }: MemberRowActionsProps) {
  const router = useRouter();
  const selectId = useId();
  const [busy, setBusy] = useState(false);
  const [removing, setRemoving] = useState(false);
  const roleSelect = useRef<HTMLSelectElement>(null);
  const removed = useRef(false);
  // Applied by its own button: arrow keys on a closed select fire a change per step in some browsers.
  const [chosen, setChosen] = useState<Role>(member.role);
  // Only an owner makes, changes or removes owners.
  const touchable = member.role !== "owner" || actorRole === "owner";
  const roles = ROLES.filter(
    (role) => (role !== "owner" || actorRole === "owner") && (!member.inSubAccount || (SUB_ACCOUNT_ROLES as readonly Role[]).includes(role)),
  );

  async function run(method: "PATCH" | "DELETE", body: unknown, done: string): Promise<boolean> {
    setBusy(true);
    const result = await sendJson(peopleApi.member(org, member.id), method, body);
    setBusy(false);
    // "Change role" is disabled again once the select shows the member's role: the focus,
    // which it would drop to the page's top, goes back to the select.
    if (method === "PATCH") queueMicrotask(() => roleSelect.current?.focus());
    if (!result.ok) {
      // The portal's own refusals (the last owner, a conflict) need no code beside their words.
      toast.error(result.error.message);
      setChosen(member.role); // the select shows the role the member still has
      router.refresh();
      return false;
    }
    toast.success(done);
    router.refresh();
    return true;
  }

  if (!touchable) return <span className="text-xs text-muted-foreground">Only an owner can change an owner.</span>;
  if (member.isLastOwner) {
    return <span className="text-xs text-muted-foreground">The only owner: make someone else an owner before changing or removing {member.isYou ? "yourself" : "them"}.</span>;
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      <label htmlFor={selectId} className="sr-only">
        Role of {member.name}
      </label>
      <NativeSelect
        ref={roleSelect}
        id={selectId}
        className="h-8 w-auto"
        value={chosen}
        onChange={(event) => setChosen(event.target.value as Role)}
      >
        {roles.map((role) => (
          <option key={role} value={role}>
            {ROLE_LABELS[role]}
          </option>
        ))}
      </NativeSelect>
      <Button
        type="button"
        variant="outline"
        size="sm"
        busy={busy}
        disabled={!busy && chosen === member.role}
        onClick={() => run("PATCH", { role: chosen }, `${member.name} is now ${ROLE_LABELS[chosen]}.`)}
      >
        Change role<span className="sr-only"> of {member.name}</span>
      </Button>
      <AlertDialog.Root open={removing} onOpenChange={(next) => !busy && setRemoving(next)}>
        <AlertDialog.Trigger asChild>
          <Button type="button" variant="ghost" size="sm" busy={busy}>
            Remove<span className="sr-only"> {member.name}</span>
          </Button>
        </AlertDialog.Trigger>
        <AlertDialogPanel
          onCloseAutoFocus={(event) => {
            // The row, and the Remove button the focus would go back to, leave the list.
            if (!removed.current) return;
            event.preventDefault();
            focusPageHeading();
          }}
        >
          <AlertDialog.Title className="text-lg font-semibold">{member.isYou ? "Remove yourself?" : `Remove ${member.name}?`}</AlertDialog.Title>
          <AlertDialog.Description className="text-sm text-muted-foreground">
            {member.isYou
              ? "You leave this organization: your access ends at your next request. An admin or owner can invite you again."
              : `${member.name} leaves this organization: their access ends at their next request. Their orders and notes stay, under their name.`}
          </AlertDialog.Description>
          <div className="flex flex-wrap justify-end gap-2">
            <AlertDialog.Cancel asChild>
              <Button type="button" variant="outline">
                Keep {member.isYou ? "my access" : "them"}
              </Button>
            </AlertDialog.Cancel>
            <Button
              type="button"
              variant="destructive"
              busy={busy}
              onClick={async () => {
                removed.current = await run("DELETE", undefined, `${member.name} was removed.`);
                setRemoving(false);
              }}
            >
              {member.isYou ? "Remove myself" : `Remove ${member.name}`}
            </Button>
          </div>
        </AlertDialogPanel>
      </AlertDialog.Root>
    </div>
  );
}
