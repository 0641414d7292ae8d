import { eq, sql } from "drizzle-orm";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "@/db";
import { users } from "@/db/schema";
import { verifyPassword } from "./password";
import { assertSignInAllowed, clientAddress, recordFailedSignIn } from "./sign-in-throttle";

const credentialsSchema = z.object({ email: z.email().max(320), password: z.string().min(1).max(1000) });

const useSecureCookies = (process.env.NEXTAUTH_URL ?? "").startsWith("https://");

/** next-auth v4: email + password (argon2id), JWT sessions carrying the user id only. */
export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/signin" },
  useSecureCookies,
  providers: [
    CredentialsProvider({
      name: "Email",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(raw, req) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const address = clientAddress(req?.headers);
        // Throws "throttled" (next-auth passes the message on) after too many failures.
        await assertSignInAllowed(parsed.data.email, address);
        const [user] = await db
          .select({ id: users.id, email: users.email, name: users.name, passwordHash: users.passwordHash })
          .from(users)
          .where(eq(sql`lower(${users.email})`, parsed.data.email.toLowerCase()))
          .limit(1);
        if (!user || !(await verifyPassword(user.passwordHash, parsed.data.password))) {
          await recordFailedSignIn(parsed.data.email, address);
          return null;
        }
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.uid = user.id;
      return token;
    },
    session({ session, token }) {
      if (session.user && typeof token.uid === "string") (session.user as { id?: string }).id = token.uid;
      return session;
    },
  },
};
