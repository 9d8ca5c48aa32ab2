// POST /api/account/totp/confirm — the first code from the app turns one-time codes on
import { confirmTotpEnrollment } from "@/lib/auth/two-factor";
import { withSessionUser } from "@/lib/auth/with-session-user";
import { readJsonBody } from "@/lib/http/read-json-body";

export const POST = withSessionUser(async ({ request, user, address }) => {
  await confirmTotpEnrollment(user!.id, await readJsonBody(request), address);
  return { ok: true };
});
