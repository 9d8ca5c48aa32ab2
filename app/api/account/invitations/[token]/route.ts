// POST /api/account/invitations/[token] — accept an invitation: signed in, join; else create the account and join
import { withSessionUser } from "@/lib/auth/with-session-user";
import { readJsonBody } from "@/lib/http/read-json-body";
import { acceptInvitationAsUser, acceptInvitationWithNewAccount } from "@/lib/people/accept-invitation";
import { jsonAnswer } from "@/lib/http/json-answer";

export const POST = withSessionUser<{ token: string }>(
  async ({ request, user, params, address }) => {
    const membership = user
      ? await acceptInvitationAsUser(params.token, user.id, address)
      : await acceptInvitationWithNewAccount(params.token, await readJsonBody(request), address);
    return jsonAnswer({ membership }, { status: 201 });
  },
  { optional: true },
);
