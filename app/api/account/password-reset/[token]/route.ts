// POST /api/account/password-reset/[token] — choose a new password with a one-time link
import { resetPassword } from "@/lib/auth/password-reset";
import { withSessionUser } from "@/lib/auth/with-session-user";
import { readJsonBody } from "@/lib/http/read-json-body";

export const POST = withSessionUser<{ token: string }>(
  async ({ request, params, address }) => ({ reset: await resetPassword(params.token, await readJsonBody(request), address) }),
  { optional: true },
);
