// POST /api/account/password — change the signed-in user's password; other sessions end, this one stays
import { NextResponse } from "next/server";
import { changePassword } from "@/lib/auth/change-password";
import { reissueSessionCookie } from "@/lib/auth/reissue-session";
import { withSessionUser } from "@/lib/auth/with-session-user";
import { readJsonBody } from "@/lib/http/read-json-body";
import { jsonAnswer } from "@/lib/http/json-answer";

export const POST = withSessionUser(async ({ request, user, address }) => {
  const { sessionsValidFrom } = await changePassword(user!.id, await readJsonBody(request), address);
  // NextResponse, whose cookies API sets the new session cookie.
  const answer = jsonAnswer({ ok: true });
  const response = new NextResponse(answer.body, answer);
  await reissueSessionCookie(request, response, { id: user!.id, authTime: sessionsValidFrom.getTime() });
  return response;
});
