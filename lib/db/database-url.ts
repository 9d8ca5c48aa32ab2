// The portal always connects by URL: DATABASE_URL for PostgreSQL, or the URL of the
// embedded PGlite server that `npm start` / `npm run dev` start and export.
export function requireDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set. Start the portal with `npm start` or `npm run dev`, which run the embedded database, or set DATABASE_URL to a PostgreSQL database.",
    );
  }
  return url;
}

/** Hides the password of a connection URL, for log lines. */
export function redactDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparseable DATABASE_URL)";
  }
}
