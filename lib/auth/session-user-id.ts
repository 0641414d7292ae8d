import "server-only";
import { getServerSession } from "next-auth";
import { authOptions } from "./options";

/** The signed-in user's id from the next-auth session cookie (null when signed out). */
export async function getSessionUserId(): Promise<string | null> {
  const session = await getServerSession(authOptions);
  const id = (session?.user as { id?: string } | undefined)?.id;
  return id ?? null;
}
