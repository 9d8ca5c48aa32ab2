import type { Role } from "../lib/tenancy/roles";

// The demo partner of `npm run seed:demo`. Its customer number and client credentials
// are those the sandbox seeds (lib/sandbox/README.md), so the demo works end to end.
export const DEMO_PARTNER = {
  slug: "demo-partner",
  name: "Demo Partner",
  customerNumber: "2-B6-7890",
  clientId: "demo-client",
  clientSecret: "demo-secret",
  /** The partner's customer service names (Settings): its own route and the reseller's. */
  customerServiceNames: ["BLUEBIRD-SIP", "ACME-VOICE"],
  reseller: { name: "Acme Reseller", customerServiceNames: ["ACME-VOICE"] },
  people: [
    { email: "owner@demo.example", name: "Demo Owner", password: "demo-owner-pass", role: "owner", reseller: false },
    { email: "operator@demo.example", name: "Demo Operator", password: "demo-operator-pass", role: "operator", reseller: false },
    { email: "viewer@demo.example", name: "Demo Viewer", password: "demo-viewer-pass", role: "viewer", reseller: false },
    { email: "reseller@demo.example", name: "Demo Reseller", password: "demo-reseller-pass", role: "operator", reseller: true },
  ] satisfies Array<{ email: string; name: string; password: string; role: Role; reseller: boolean }>,
} as const;
