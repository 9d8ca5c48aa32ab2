import { formatUtcMinute } from "@/lib/dates/format-dates";
import { Mail, Users } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { PeopleList } from "@/lib/people/list-people";
import { ROLE_LABELS, type Role } from "@/lib/tenancy/roles";
import { InvitationRowActions } from "./invitation-row-actions";
import { MemberRowActions } from "./member-row-actions";

// Dates in UTC, written on the server: the same text in every browser and no hydration drift.
const when = (date: Date | null) => (date ? formatUtcMinute(date) : "Never");

const TH = "px-3 py-2 text-left font-medium text-muted-foreground";
const TD = "px-3 py-2 align-top";

interface TablesProps {
  org: string;
  actorRole: Role;
  canManage: boolean;
  people: PeopleList;
}

export function MembersTable({ org, actorRole, canManage, people }: TablesProps) {
  // The server refuses to demote or remove the last owner (last-owner-guard); the row says so before anyone tries.
  const owners = people.members.filter((member) => member.role === "owner").length;
  return (
    <Card aria-labelledby="members-title">
      <CardHeader>
        <CardTitle id="members-title">Members</CardTitle>
        <CardDescription>Everyone who can sign in to this organization, with their role and reseller sub-account.</CardDescription>
      </CardHeader>
      {/* Reachable from the keyboard, to scroll a row with no control in it (the only owner's) on a phone. */}
      <CardContent role="region" aria-label="Members table" tabIndex={0} className="relative scroll-x-cue overflow-x-auto">
        <table className="w-full text-sm">
          <caption className="sr-only">Members of this organization</caption>
          <thead>
            <tr className="border-b">
              <th scope="col" className={TH}>Name</th>
              <th scope="col" className={TH}>Role</th>
              <th scope="col" className={TH}>Sub-account</th>
              <th scope="col" className={TH}>One-time codes</th>
              <th scope="col" className={TH}>Last sign-in</th>
              {canManage && <th scope="col" className={TH}>Change</th>}
            </tr>
          </thead>
          <tbody>
            {people.members.map((member) => (
              <tr key={member.id} className="border-b last:border-0">
                <th scope="row" className={`${TD} text-left font-normal`}>
                  <span className="font-medium">{member.name}</span>
                  {member.isYou && <span className="text-muted-foreground"> (you)</span>}
                  <span className="block text-xs text-muted-foreground">{member.email}</span>
                </th>
                <td className={TD}>{ROLE_LABELS[member.role]}</td>
                <td className={TD}>{member.subAccount?.name ?? <span className="text-muted-foreground">Staff</span>}</td>
                <td className={TD}>{member.twoFactor ? <Badge tone="success">On</Badge> : <Badge>Off</Badge>}</td>
                <td className={TD}>{when(member.lastSignInAt)}</td>
                {canManage && (
                  <td className={TD}>
                    <MemberRowActions
                      org={org}
                      actorRole={actorRole}
                      member={{
                        id: member.id,
                        name: member.name,
                        role: member.role,
                        inSubAccount: member.subAccount !== null,
                        isYou: member.isYou,
                        isLastOwner: member.role === "owner" && owners === 1,
                      }}
                    />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
        {people.members.length === 0 && <EmptyState icon={Users} title="No members" description="Invite someone below." headingLevel={3} />}
      </CardContent>
    </Card>
  );
}

export function InvitationsTable({ org, canManage, people }: TablesProps) {
  return (
    <Card aria-labelledby="invitations-title">
      <CardHeader>
        <CardTitle id="invitations-title">Open invitations</CardTitle>
        <CardDescription>Sent and not yet accepted. An expired one no longer works: send a new link.</CardDescription>
      </CardHeader>
      <CardContent role="region" aria-label="Open invitations table" tabIndex={0} className="relative scroll-x-cue overflow-x-auto">
        {people.invitations.length === 0 ? (
          <EmptyState icon={Mail} title="No open invitations" description="Invitations you send show here until they are accepted." headingLevel={3} />
        ) : (
          <table className="w-full text-sm">
            <caption className="sr-only">Open invitations</caption>
            <thead>
              <tr className="border-b">
                <th scope="col" className={TH}>E-mail</th>
                <th scope="col" className={TH}>Role</th>
                <th scope="col" className={TH}>Sub-account</th>
                <th scope="col" className={TH}>Expires</th>
                {canManage && <th scope="col" className={TH}>Change</th>}
              </tr>
            </thead>
            <tbody>
              {people.invitations.map((invitation) => (
                <tr key={invitation.id} className="border-b last:border-0">
                  <th scope="row" className={`${TD} text-left font-medium`}>{invitation.email}</th>
                  <td className={TD}>{ROLE_LABELS[invitation.role]}</td>
                  <td className={TD}>{invitation.subAccount?.name ?? <span className="text-muted-foreground">Staff</span>}</td>
                  <td className={TD}>
                    {when(invitation.expiresAt)} {invitation.expired && <Badge tone="warning">Expired</Badge>}
                  </td>
                  {canManage && (
                    <td className={TD}>
                      <InvitationRowActions
                        org={org}
                        invitation={{ id: invitation.id, email: invitation.email, role: invitation.role, subAccountId: invitation.subAccount?.id ?? null }}
                      />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </CardContent>
    </Card>
  );
}
