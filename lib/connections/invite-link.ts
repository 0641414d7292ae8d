import "server-only";
import { createHmac } from "node:crypto";
import { jwtVerify, SignJWT } from "jose";
import { recordAuditEvent, type AuditActor } from "@/lib/audit/record-event";
import { AppError } from "@/lib/errors";
import { getConnectionOrThrow } from "./get-connection";

const AUDIENCE = "marketplace:connection-invite";
export const INVITE_TTL_DAYS = 7;

/** A key of its own, derived from NEXTAUTH_SECRET, so an invite can never pass for anything else. */
function inviteKey(): Uint8Array {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set");
  return createHmac("sha256", secret).update(AUDIENCE).digest();
}

/**
 * "Invite a colleague": a signed, expiring link to the same pending wizard, for someone
 * of the same company who has the rights to finish it. Nothing is stored but the audit event.
 */
export async function createInviteLink(options: {
  organizationId: string;
  connectionId: string;
  actor: AuditActor & { type: "user" };
  baseUrl: string;
  now?: Date;
}): Promise<{ url: string; expiresAt: Date }> {
  const connection = await getConnectionOrThrow(options);
  if (connection.status !== "pending") throw new AppError("conflict", "only a pending set-up can be handed on");
  const now = options.now ?? new Date();
  const expiresAt = new Date(now.getTime() + INVITE_TTL_DAYS * 24 * 60 * 60_000);
  const token = await new SignJWT({ org: options.organizationId, cid: options.connectionId, by: options.actor.label })
    .setProtectedHeader({ alg: "HS256" })
    .setAudience(AUDIENCE)
    .setSubject(options.actor.id)
    .setIssuedAt(Math.floor(now.getTime() / 1000))
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(inviteKey());
  await recordAuditEvent({
    organizationId: options.organizationId,
    actor: options.actor,
    action: "connection.invite_created",
    targetType: "connection",
    targetId: options.connectionId,
    changes: { expiresAt: expiresAt.toISOString() },
  });
  const url = new URL(`/marketplace/${connection.integration.slug}/connect`, options.baseUrl);
  url.searchParams.set("invite", token);
  return { url: url.toString(), expiresAt };
}

/** The invite's connection and who sent it, or null when forged, expired or malformed. */
export async function verifyInvite(token: string): Promise<{ organizationId: string; connectionId: string; invitedBy: string } | null> {
  try {
    const { payload } = await jwtVerify(token, inviteKey(), { audience: AUDIENCE, algorithms: ["HS256"] });
    if (typeof payload.org !== "string" || typeof payload.cid !== "string") return null;
    return { organizationId: payload.org, connectionId: payload.cid, invitedBy: typeof payload.by === "string" ? payload.by : "" };
  } catch {
    return null;
  }
}
