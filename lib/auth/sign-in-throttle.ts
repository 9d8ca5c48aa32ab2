import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db/client";

// Failed sign-ins are counted in the database (shared by every portal instance):
// five wrong passwords for one e-mail lock it for 15 minutes; one address gets fifty
// tries across all e-mails in 15 minutes, which stops password spraying.
const PER_EMAIL = { points: 5, duration: 15 * 60, blockDuration: 15 * 60 };
const PER_ADDRESS = { points: 50, duration: 15 * 60, blockDuration: 15 * 60 };

let limiters: { email: RateLimiterPrisma; address: RateLimiterPrisma } | null = null;

function getLimiters() {
  limiters ??= {
    email: new RateLimiterPrisma({ storeClient: db(), keyPrefix: "signin-email", clearExpiredByTimeout: false, ...PER_EMAIL }),
    address: new RateLimiterPrisma({ storeClient: db(), keyPrefix: "signin-ip", clearExpiredByTimeout: false, ...PER_ADDRESS }),
  };
  return limiters;
}

/** Seconds until this e-mail or address may try again; 0 when it may try now. */
export async function secondsUntilSignInAllowed(email: string, address: string): Promise<number> {
  const { email: byEmail, address: byAddress } = getLimiters();
  const [e, a] = await Promise.all([byEmail.get(email), byAddress.get(address)]);
  const blocked = [
    e && e.consumedPoints >= PER_EMAIL.points ? e.msBeforeNext : 0,
    a && a.consumedPoints >= PER_ADDRESS.points ? a.msBeforeNext : 0,
  ];
  return Math.ceil(Math.max(...blocked) / 1000);
}

export async function recordFailedSignIn(email: string, address: string): Promise<void> {
  const { email: byEmail, address: byAddress } = getLimiters();
  await Promise.all([consume(byEmail, email), consume(byAddress, address)]);
}

export async function clearFailedSignIns(email: string): Promise<void> {
  await getLimiters().email.delete(email);
}

async function consume(limiter: RateLimiterPrisma, key: string) {
  try {
    await limiter.consume(key);
  } catch (rejection) {
    // Over the limit: consume() rejects with the counter, which is what we want recorded.
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
  }
}
