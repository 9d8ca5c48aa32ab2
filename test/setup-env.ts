import { inject } from "vitest";

// Every test process talks to the database prepared by the global setup, and
// encrypts with a throw-away key.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.PORTAL_SECRET_KEY ??= Buffer.alloc(32, 7).toString("base64");
// bcrypt at cost 12 takes a quarter second a hash; the tests need many.
process.env.BCRYPT_ROUNDS ??= "4";
