"use client";

// The last resort, when even the root layout failed: plain HTML, no theme, no providers.
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && "digest" in error ? String(error.digest) : null;
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", display: "grid", placeItems: "center", minHeight: "100vh", margin: 0 }}>
        <main role="alert" style={{ maxWidth: 420, textAlign: "center", padding: 16 }}>
          <h1 style={{ fontSize: 20 }}>Voice Portal is not available right now</h1>
          <p>Something went wrong on our side. Please try again in a moment.</p>
          {digest && <p style={{ fontFamily: "monospace", fontSize: 12 }}>Reference: {digest}</p>}
          <button type="button" onClick={retry}>
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
