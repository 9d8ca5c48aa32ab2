// The addresses an admin gives Lumen on its enrollment form. The portal's public URL is
// NEXTAUTH_URL (set behind a proxy or with HTTPS; the launcher sets it from PORT).
export function portalPublicUrl(env: Partial<Record<string, string>> = process.env): string {
  return (env.NEXTAUTH_URL || `http://localhost:${env.PORT || 3000}`).replace(/\/+$/, "");
}

export function webhookUrls(base = portalPublicUrl()): { notificationsUrl: string; tokenUrl: string } {
  return { notificationsUrl: `${base}/voice/notifications`, tokenUrl: `${base}/api/webhook-token` };
}
