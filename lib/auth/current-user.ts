import "server-only";
import { eq } from "drizzle-orm";
import { cache } from "react";
import { db } from "@/db";
import { organizations, users } from "@/db/schema";
import { getSessionUserId } from "./session-user-id";

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  rights: string[];
  locale: string | null;
  organizationId: string;
  organizationName: string;
  organizationKind: "customer" | "provider";
};

/**
 * The signed-in user, read fresh from the database once per request, so a right
 * taken away counts at once and not when the session expires.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const id = await getSessionUserId();
  if (!id) return null;
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      rights: users.rights,
      locale: users.locale,
      organizationId: users.organizationId,
      organizationName: organizations.name,
      organizationKind: organizations.kind,
    })
    .from(users)
    .innerJoin(organizations, eq(organizations.id, users.organizationId))
    .where(eq(users.id, id))
    .limit(1);
  return row ?? null;
});
