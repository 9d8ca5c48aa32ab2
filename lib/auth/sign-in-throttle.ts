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

// A try is taken before the password is compared, in one increment in the database, and
// given back when it turns out not to be a failure. Checking the count first and counting
// the failure after let concurrent tries all pass the check: thirty at once compared
// thirteen passwords against a limit of five.

/**
 * Takes one try for this e-mail and this address. Answers 0 when the password may be
 * compared, or the seconds until either may try again (and then takes nothing).
 */
export async function takeSignInTry(email: string, address: string): Promise<number> {
  const { email: byEmail, address: byAddress } = getLimiters();
  const keys = [[byEmail, email], [byAddress, address]] as const;
  const taken = await Promise.allSettled(keys.map(([limiter, key]) => limiter.consume(key)));
  const refused = taken.flatMap((result) => (result.status === "rejected" ? [result.reason as unknown] : []));
  for (const reason of refused) if (!(reason instanceof RateLimiterRes)) throw reason;
  if (refused.length === 0) return 0;
  // Refused: the try one counter granted goes back to it. The refusing counter keeps its
  // own (it is blocked until a fixed time, which more tries do not move; giving tries back
  // to it would wear the block down).
  await Promise.all(keys.map(([limiter, key], index) => (taken[index]!.status === "fulfilled" ? limiter.reward(key, 1) : null)));
  return Math.ceil(Math.max(...refused.map((reason) => (reason as RateLimiterRes).msBeforeNext)) / 1000);
}

/** The try was no failure after all: the password was right, and its one-time code comes next. */
export async function giveBackSignInTry(email: string, address: string): Promise<void> {
  const { email: byEmail, address: byAddress } = getLimiters();
  await Promise.all([byEmail.reward(email, 1), byAddress.reward(address, 1)]);
}

/** Seconds until this e-mail or address may try again after a failure; 0 when tries are left. */
export async function secondsUntilSignInAllowed(email: string, address: string): Promise<number> {
  const { email: byEmail, address: byAddress } = getLimiters();
  const [e, a] = await Promise.all([byEmail.get(email), byAddress.get(address)]);
  const blocked = [
    e && e.consumedPoints >= PER_EMAIL.points ? e.msBeforeNext : 0,
    a && a.consumedPoints >= PER_ADDRESS.points ? a.msBeforeNext : 0,
  ];
  return Math.ceil(Math.max(...blocked) / 1000);
}

/** A successful sign-in: the e-mail's failures are forgotten, and the address's try given back. */
export async function clearFailedSignIns(email: string, address: string): Promise<void> {
  const { email: byEmail, address: byAddress } = getLimiters();
  await Promise.all([byEmail.delete(email), byAddress.reward(address, 1)]);
}
