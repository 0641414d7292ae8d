import "server-only";
import { AppError } from "@/lib/errors";
import { getCurrentUser, type SessionUser } from "./current-user";
import { can, missingRights, type Ability, type Right } from "./rights";

export type AuthCheck =
  | { status: "ok"; user: SessionUser }
  | { status: "unauthenticated" }
  | { status: "forbidden"; user: SessionUser; missing: Right[] };

/** The one rights check: who is signed in, and may they use this ability? */
export async function checkAbility(ability: Ability): Promise<AuthCheck> {
  const user = await getCurrentUser();
  if (!user) return { status: "unauthenticated" };
  if (!can(user.rights, ability)) return { status: "forbidden", user, missing: missingRights(user.rights, ability) };
  return { status: "ok", user };
}

/** Same check for actions and route handlers: returns the user or throws an AppError. */
export async function authorize(ability: Ability): Promise<SessionUser> {
  const check = await checkAbility(ability);
  if (check.status === "unauthenticated") throw new AppError("unauthenticated");
  if (check.status === "forbidden") throw new AppError("forbidden");
  return check.user;
}
