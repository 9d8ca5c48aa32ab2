import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { sessionSecret } from "./session-secret";
import { verifyCredentials } from "./verify-credentials";
import { clientAddress } from "./client-address";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

// The session carries the user id and nothing else: memberships and roles are read
// fresh from the database on every request, so a revoked role takes effect at once.
export const authOptions: NextAuthOptions = {
  secret: sessionSecret(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "E-mail and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        const outcome = await verifyCredentials(credentials, clientAddress(request.headers ?? {}));
        if (outcome.ok) return { id: outcome.user.id };
        // next-auth hands the message to the sign-in form as `error`.
        throw new Error(outcome.reason === "locked" ? `locked:${outcome.retryAfterSeconds}` : "invalid");
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) return { sub: user.id };
      return { sub: token.sub };
    },
    session({ session, token }) {
      return { expires: session.expires, user: { id: token.sub } } as typeof session;
    },
  },
};
