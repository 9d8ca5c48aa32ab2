import { describe, expect, it } from "vitest";
import { redactSecrets } from "./redact-secrets";

describe("redactSecrets", () => {
  it("hides secrets by key, at any depth, and keeps the rest", () => {
    const record = {
      clientSecret: "s3cret",
      access_token: "abc",
      port: { losingCarrierPin: "4321", losingCarrierAccountNumber: "ACCT-778", tnList: ["7205550100"] },
      lines: [{ password: "pw", city: "Denver" }],
    };
    expect(redactSecrets(record)).toEqual({
      clientSecret: "[redacted]",
      access_token: "[redacted]",
      port: { losingCarrierPin: "[redacted]", losingCarrierAccountNumber: "ACCT-778", tnList: ["7205550100"] },
      lines: [{ password: "[redacted]", city: "Denver" }],
    });
  });

  it("hides auth header values under any key", () => {
    expect(redactSecrets({ note: "Bearer abc.def", other: "basic Zm9vOmJhcg==", plain: "Bearer-less text" })).toEqual({
      note: "[redacted]",
      other: "[redacted]",
      plain: "Bearer-less text",
    });
  });
});
