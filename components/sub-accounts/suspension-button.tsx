"use client";

import { AlertDialog } from "radix-ui";
import { AlertDialogPanel } from "@/components/ui/alert-dialog-panel";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { readApiError } from "@/components/settings/api-error";
import { Button } from "@/components/ui/button";

interface SuspensionButtonProps {
  org: string;
  subAccount: { id: string; name: string; users: number };
  suspended: boolean;
}

/** Suspends a reseller or restores it, after saying what that does to its users. */
export function SuspensionButton({ org, subAccount, suspended }: SuspensionButtonProps) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [sending, setSending] = useState(false);
  const users = `${subAccount.users} ${subAccount.users === 1 ? "user" : "users"}`;

  async function confirm() {
    setSending(true);
    try {
      const response = await fetch(`/api/orgs/${encodeURIComponent(org)}/sub-accounts/${encodeURIComponent(subAccount.id)}/suspension`, {
        method: "PUT",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify({ suspended: !suspended }),
      });
      if (!response.ok) {
        const error = await readApiError(response);
        toast.error(error.message, { description: error.code });
        return;
      }
      toast.success(suspended ? `${subAccount.name} restored.` : `${subAccount.name} suspended.`);
      setOpen(false);
      router.refresh();
    } catch {
      toast.error("Could not reach the portal. Check your connection and try again.");
    } finally {
      setSending(false);
    }
  }

  return (
    <AlertDialog.Root open={open} onOpenChange={(next) => !sending && setOpen(next)}>
      <AlertDialog.Trigger asChild>
        <Button type="button" variant={suspended ? "outline" : "destructive"}>
          {suspended ? "Restore" : "Suspend"}
        </Button>
      </AlertDialog.Trigger>
      <AlertDialogPanel>
        <AlertDialog.Title className="text-lg font-semibold">
          {suspended ? `Restore ${subAccount.name}?` : `Suspend ${subAccount.name}?`}
        </AlertDialog.Title>
        <AlertDialog.Description className="text-sm text-muted-foreground">
          {suspended
            ? subAccount.users === 0
              ? "It has no users yet; those invited to it can sign in and work at once."
              : `${subAccount.users === 1 ? "Its user" : `Its ${users}`} can sign in and work again at once, with the ${subAccount.users === 1 ? "role" : "roles"} they had.`
            : `${subAccount.users === 0 ? "It has no users yet; none invited to it can sign in" : subAccount.users === 1 ? "Its user loses access at the next click and gets no alert mails" : `Its ${users} lose access at their next click and get no alert mails`}. Its orders and numbers stay as they are, and you can restore it later.`}
        </AlertDialog.Description>
        <div className="flex flex-wrap justify-end gap-2">
          <AlertDialog.Cancel asChild>
            <Button type="button" variant="outline" disabled={sending}>
              Keep it as it is
            </Button>
          </AlertDialog.Cancel>
          <Button type="button" variant={suspended ? "primary" : "destructive"} onClick={confirm} busy={sending}>
            {sending ? "Saving…" : suspended ? `Restore ${subAccount.name}` : `Suspend ${subAccount.name}`}
          </Button>
        </div>
      </AlertDialogPanel>
    </AlertDialog.Root>
  );
}
