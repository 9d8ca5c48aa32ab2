import { Badge } from "@/components/ui/badge";
import { OrderTime } from "@/components/orders/order-time";
import type { OutboxMailRow } from "@/lib/alerts/list-outbox-mail";

/** The outbox's mails, newest first, each with where it stands and its text behind a disclosure. */
export function OutboxMailList({ mails, smtpConfigured }: { mails: OutboxMailRow[]; smtpConfigured: boolean }) {
  return (
    <ul className="flex flex-col gap-3" aria-label="Mails">
      {mails.map((mail) => (
        <li key={mail.id} className="flex flex-col gap-2 rounded-lg border bg-card px-4 py-3 text-sm">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <div className="flex min-w-0 flex-col gap-0.5">
              <p className="font-medium break-words">{mail.subject}</p>
              <p className="text-muted-foreground">
                To <span className="text-foreground">{mail.toAddress}</span> · written{" "}
                <OrderTime value={mail.createdAt.toISOString()} />
              </p>
            </div>
            <DeliveryBadge mail={mail} smtpConfigured={smtpConfigured} />
          </div>
          {mail.sentAt === null && mail.attempts > 0 && (
            <p className="text-muted-foreground">
              {mail.attempts} {mail.attempts === 1 ? "attempt" : "attempts"}
              {mail.lastError && (
                <>
                  ; last error: <span className="font-mono text-xs text-foreground">{mail.lastError}</span>
                </>
              )}
            </p>
          )}
          <details className="group">
            <summary className="w-fit cursor-pointer rounded-sm font-medium text-primary underline-offset-4 hover:underline focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none">
              Show the mail
            </summary>
            <pre className="mt-2 overflow-x-auto rounded-md border bg-muted p-3 font-mono text-xs whitespace-pre-wrap">{mail.textBody}</pre>
          </details>
        </li>
      ))}
    </ul>
  );
}

function DeliveryBadge({ mail, smtpConfigured }: { mail: OutboxMailRow; smtpConfigured: boolean }) {
  if (mail.sentAt) {
    return (
      <Badge tone="success">
        Sent <OrderTime value={mail.sentAt.toISOString()} />
      </Badge>
    );
  }
  if (!smtpConfigured) return <Badge tone="neutral">Kept in outbox — no SMTP configured</Badge>;
  if (mail.gaveUp) return <Badge tone="warning">Not sent: gave up after {mail.attempts} attempts</Badge>;
  if (mail.attempts > 0) return <Badge tone="warning">Not sent yet: will try again</Badge>;
  return <Badge tone="info">Waiting to be sent</Badge>;
}
