/** The Lumen addresses an admin picks from; the local sandbox's comes from the server's environment. */
export function baseUrlChoices(localSandboxUrl: string) {
  return [
    { id: "local", label: "Local sandbox", url: localSandboxUrl },
    { id: "test", label: "Lumen test", url: "https://api-test.lumen.com" },
    { id: "production", label: "Lumen production", url: "https://api.lumen.com" },
  ] as const;
}
