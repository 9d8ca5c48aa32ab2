// POST /api/account/totp/disable — turn one-time codes off (password and a current code)
import { disableTotp } from "@/lib/auth/two-factor";
import { withSessionUser } from "@/lib/auth/with-session-user";
import { readJsonBody } from "@/lib/http/read-json-body";

export const POST = withSessionUser(async ({ request, user, address }) => {
  await disableTotp(user!.id, await readJsonBody(request), address);
  return { ok: true };
});
