// How a guess is marked, in zod metadata that becomes OpenAPI keywords: every shape the
// guide does not pin down says so, with the reason in one line.
export function assumed(reason: string) {
  return { "x-assumed": true, "x-assumed-reason": reason } as const;
}
