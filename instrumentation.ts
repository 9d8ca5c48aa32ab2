// Runs once when a portal server process starts (Next.js instrumentation hook): starts the
// background jobs (lib/jobs). Not in the Edge runtime, not while `next build` collects
// pages, and not when PORTAL_JOBS=off (tools and tests that share a database).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  if (process.env.PORTAL_JOBS === "off") return;
  const { startPortalJobs } = await import("./lib/jobs/start-portal-jobs");
  await startPortalJobs();
}
