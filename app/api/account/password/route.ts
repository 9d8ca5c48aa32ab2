// POST /api/account/password — change the signed-in user's password; other sessions end, this one stays
import { NextResponse } from "next/server";
import { changePassword } from "@/lib/auth/change-password";
import { reissueSessionCookie } from "@/lib/auth/reissue-session";
import { withSessionUser } from "@/lib/auth/with-session-user";
import { readJsonBody } from "@/lib/http/read-json-body";

export const POST = withSessionUser(async ({ request, user, address }) => {
  const { sessionsValidFrom } = await changePassword(user!.id, await readJsonBody(request), address);
  const response = NextResponse.json({ ok: true });
  await reissueSessionCookie(request, response, { id: user!.id, authTime: sessionsValidFrom.getTime() });
  return response;
});
