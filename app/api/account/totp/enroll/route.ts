// POST /api/account/totp/enroll — a new one-time-code secret (QR code and text), not yet enabled
import { startTotpEnrollment } from "@/lib/auth/two-factor";
import { withSessionUser } from "@/lib/auth/with-session-user";

export const POST = withSessionUser(async ({ user }) => ({ enrollment: await startTotpEnrollment(user!.id) }));
