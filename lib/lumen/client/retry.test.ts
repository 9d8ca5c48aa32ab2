import { describe, expect, it } from "vitest";
import { backoffDelayMs, DEFAULT_RETRY_POLICY, withRetry, type RetryPolicy } from "./retry";

const policy = (overrides: Partial<RetryPolicy> = {}): RetryPolicy & { slept: number[] } => {
  const slept: number[] = [];
  return { ...DEFAULT_RETRY_POLICY, sleep: async (ms) => slept.push(ms), ...overrides, slept };
};

describe("backoffDelayMs", () => {
  it("draws from 0 up to a ceiling that doubles from the base and stops at the maximum", () => {
    const highest = policy({ random: () => 0.999_999 });
    expect([1, 2, 3, 4, 5].map((retry) => backoffDelayMs(highest, retry))).toEqual([199, 399, 799, 1599, 1999]);
    expect(backoffDelayMs(policy({ random: () => 0 }), 3)).toBe(0);
  });
});

describe("withRetry", () => {
  it("stops at the first success", async () => {
    const retry = policy();
    let calls = 0;
    const result = await withRetry(retry, () => true, async () => {
      calls += 1;
      if (calls < 2) throw new Error("transient");
      return "done";
    });
    expect(result).toBe("done");
    expect(retry.slept).toHaveLength(1);
  });

  it("gives up after the policy's attempts with the last error", async () => {
    const retry = policy();
    const attempts: number[] = [];
    const outcome = withRetry(retry, () => true, async (attempt) => {
      attempts.push(attempt);
      throw new Error(`attempt ${attempt}`);
    });
    await expect(outcome).rejects.toThrow("attempt 3");
    expect(attempts).toEqual([1, 2, 3]);
  });

  it("does not retry what shouldRetry refuses", async () => {
    const retry = policy();
    let calls = 0;
    const outcome = withRetry(retry, () => false, async () => {
      calls += 1;
      throw new Error("permanent");
    });
    await expect(outcome).rejects.toThrow("permanent");
    expect(calls).toBe(1);
  });
});
