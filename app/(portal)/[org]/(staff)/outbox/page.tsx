import { Lock, Mail } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { OutboxMailList } from "@/components/alerts/outbox-mail-list";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Pager } from "@/components/ui/pager";
import { listOutboxMail, OUTBOX_PAGE_SIZE, type OutboxPage } from "@/lib/alerts/list-outbox-mail";
import { AppError } from "@/lib/errors/app-error";
import { getPageTenant, orNotFound } from "@/lib/tenancy/get-page-tenant";
import { getPortalContext } from "@/lib/tenancy/get-portal-context";
import { ROLE_LABELS } from "@/lib/tenancy/roles";

export const metadata: Metadata = { title: "Outbox" };

interface OutboxPageProps {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function OutboxMailPage({ params, searchParams }: OutboxPageProps) {
  const { org } = await params;
  // The context first: signed out, it redirects to sign-in with this page as the way back.
  const context = await getPortalContext(org);
  const tenant = await getPageTenant(org);
  // A reseller's user gets the 404; staff below admin a notice instead of the list.
  const outbox = await orNotFound(listOutboxMail(tenant, (await searchParams).page)).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "FORBIDDEN") return null;
    throw error;
  });

  return (
    <>
      <PageHeader
        title="Outbox"
        description="Every mail the portal wrote for this organization's users, such as alerts, and whether it went out."
      />
      {outbox ? (
        <OutboxContent org={org} outbox={outbox} />
      ) : (
        <p className="flex items-start gap-2 rounded-md border bg-muted px-4 py-3 text-sm">
          <Lock aria-hidden className="mt-0.5 size-4 shrink-0 text-muted-foreground" />
          <span>
            The outbox holds other people&apos;s mail, so it is for the {ROLE_LABELS.admin} and {ROLE_LABELS.owner} roles. Your
            role here is {ROLE_LABELS[context.role]}.
          </span>
        </p>
      )}
    </>
  );
}

function OutboxContent({ org, outbox }: { org: string; outbox: OutboxPage }) {
  const notice = !outbox.smtpConfigured && (
    <p className="rounded-md border bg-muted px-4 py-3 text-sm">
      No mail server is set up (<code className="font-mono text-xs">SMTP_URL</code>), so mails are kept here and not sent.
      Once one is, the mails waiting here go out.
    </p>
  );
  if (outbox.total === 0) {
    return (
      <>
        {notice}
        <EmptyState
          icon={Mail}
          title="No mail yet"
          description="Alert mails appear here as soon as a notification calls for one."
          needsFirst="A user who turned alerts on, and a notification that needs action on an order they can see."
          action={
            <Button variant="outline" asChild>
              <Link href={`/${org}/alerts`}>Choose your alerts</Link>
            </Button>
          }
        />
      </>
    );
  }
  const first = (outbox.page - 1) * OUTBOX_PAGE_SIZE + 1;
  const last = first + outbox.mails.length - 1;
  return (
    <div className="flex flex-col gap-4">
      {notice}
      <OutboxMailList mails={outbox.mails} smtpConfigured={outbox.smtpConfigured} />
      <Pager label="Pages of mail" baseHref={`/${org}/outbox`} page={outbox.page} pageCount={outbox.pageCount}>
        {first}–{last} of {outbox.total} {outbox.total === 1 ? "mail" : "mails"}
      </Pager>
    </div>
  );
}
