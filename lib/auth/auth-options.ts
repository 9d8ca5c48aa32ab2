import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { sessionSecret } from "./session-secret";
import { decodeSessionToken } from "./session-token";
import { verifyCredentials } from "./verify-credentials";
import { clientAddress } from "./client-address";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/** Epoch milliseconds at which the session's user proved who they are. */
export const AUTH_TIME_CLAIM = "authTime";

// The session carries the user id and nothing else: memberships and roles are read
// fresh from the database on every request, so a revoked role takes effect at once.
export const authOptions: NextAuthOptions = {
  secret: sessionSecret(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { decode: decodeSessionToken },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "E-mail and password",
      credentials: { email: { type: "email" }, password: { type: "password" }, code: { type: "text" } },
      async authorize(credentials, request) {
        const outcome = await verifyCredentials(credentials, clientAddress(request.headers ?? {}));
        if (outcome.ok) return { id: outcome.user.id };
        // next-auth hands the message to the sign-in form as `error`.
        if (outcome.reason === "locked") throw new Error(`locked:${outcome.retryAfterSeconds}`);
        throw new Error(outcome.reason === "code_required" ? "code_required" : "invalid");
      },
    }),
  ],
  callbacks: {
    // next-auth renews `iat` whenever it re-issues the cookie, so the moment of signing
    // in travels in its own claim: a password change ends sessions older than that.
    jwt({ token, user }) {
      if (user) return { sub: user.id, [AUTH_TIME_CLAIM]: Date.now() };
      return { sub: token.sub, [AUTH_TIME_CLAIM]: token[AUTH_TIME_CLAIM] };
    },
    session({ session, token }) {
      return { expires: session.expires, user: { id: token.sub } } as typeof session;
    },
  },
};
