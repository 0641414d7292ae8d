import type { AuditActor } from "@/lib/audit/record-event";

/** The audit actor of a signed-in user. */
export function userActor(user: { id: string; name: string }): AuditActor {
  return { type: "user", id: user.id, label: user.name };
}
