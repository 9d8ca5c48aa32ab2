"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { focusPageHeading } from "@/components/shell/page-header";
import type { Role } from "@/lib/tenancy/roles";
import { InvitationLink } from "./invitation-link";
import { peopleApi } from "./people-api";
import { sendJson } from "./send-json";

interface InvitationRowActionsProps {
  org: string;
  invitation: { id: string; email: string; role: Role; subAccountId: string | null };
}

/**
 * Revoke, or replace with a new link to copy: the first link cannot be shown again, as
 * only its hash is kept.
 */
export function InvitationRowActions({ org, invitation }: InvitationRowActionsProps) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [renewed, setRenewed] = useState<{ link: string; expiresAt: string } | null>(null);
  const renewedArea = useRef<HTMLDivElement>(null);
  // The buttons give way to the new link: the focus goes to its copy button, not the page.
  useEffect(() => {
    if (renewed) renewedArea.current?.querySelector<HTMLElement>("button")?.focus();
  }, [renewed]);

  async function revoke(): Promise<boolean> {
    const result = await sendJson(peopleApi.invitation(org, invitation.id), "DELETE");
    if (!result.ok) toast.error(result.error.message, { description: result.error.code });
    return result.ok;
  }

  async function onRevoke() {
    setBusy(true);
    const revoked = await revoke();
    setBusy(false);
    if (revoked) {
      toast.success(`The invitation for ${invitation.email} was revoked.`);
      focusPageHeading(); // its row, and the button pressed, leave the list
    }
    router.refresh();
  }

  async function onNewLink() {
    setBusy(true);
    if (await revoke()) {
      const result = await sendJson<{ invitation: { link: string; expiresAt: string } }>(peopleApi.invitations(org), "POST", {
        email: invitation.email,
        role: invitation.role,
        subAccountId: invitation.subAccountId ?? "",
      });
      if (result.ok) setRenewed(result.data.invitation);
      else toast.error(result.error.message, { description: result.error.code });
    }
    setBusy(false);
    router.refresh();
  }

  if (renewed) {
    return (
      <div ref={renewedArea}>
        <InvitationLink email={invitation.email} link={renewed.link} expiresLabel={new Date(renewed.expiresAt).toUTCString()} />
      </div>
    );
  }
  return (
    <div className="flex flex-wrap gap-2">
      <Button type="button" variant="outline" size="sm" busy={busy} onClick={onNewLink}>
        New link to copy<span className="sr-only"> for {invitation.email}</span>
      </Button>
      <Button type="button" variant="ghost" size="sm" busy={busy} onClick={onRevoke}>
        Revoke<span className="sr-only"> the invitation for {invitation.email}</span>
      </Button>
    </div>
  );
}
