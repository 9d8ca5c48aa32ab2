"use client";

import { CopyButton } from "@/components/orders/copy-button";

/** The link just created: shown once, since only its hash is kept. */
export function InvitationLink({ email, link, expiresLabel, replaced = 0 }: { email: string; link: string; expiresLabel: string; replaced?: number }) {
  return (
    <div role="status" className="flex flex-col gap-2 rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm dark:border-emerald-800 dark:bg-emerald-950">
      <p>
        Invitation for <strong>{email}</strong> queued in the outbox. You can also pass on this link yourself; it works once,
        until {expiresLabel}, and is not shown again.
        {replaced > 0 && ` It replaces the earlier ${replaced === 1 ? "invitation" : `${replaced} invitations`} to this address, whose link no longer works.`}
      </p>
      <div className="flex items-center gap-2">
        <code className="min-w-0 flex-1 break-all rounded bg-background px-2 py-1 font-mono text-xs">{link}</code>
        <CopyButton value={link} label="invitation link" />
      </div>
    </div>
  );
}
