// POST /api/account/password-reset — "forgot password": the same answer whether the e-mail has an account or not
import { requestPasswordReset, RESET_REQUESTED_MESSAGE } from "@/lib/auth/password-reset";
import { withSessionUser } from "@/lib/auth/with-session-user";
import { readJsonBody } from "@/lib/http/read-json-body";
import { jsonAnswer } from "@/lib/http/json-answer";

export const POST = withSessionUser(
  async ({ request, address }) => {
    await requestPasswordReset(await readJsonBody(request), address);
    return jsonAnswer({ message: RESET_REQUESTED_MESSAGE }, { status: 202 });
  },
  { optional: true },
);
