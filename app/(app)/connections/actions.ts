"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/current-user";
import { protectedAction } from "@/lib/auth/actions";
import { dismissNotice } from "@/lib/connections/connection-notices";
import { deactivateConnection } from "@/lib/connections/deactivate-connection";
import { disconnectConnection } from "@/lib/connections/disconnect-connection";
import { reactivateConnection } from "@/lib/connections/reactivate-connection";
import { requestSync } from "@/lib/connections/request-sync";
import { toTestView, type TestView } from "@/lib/connections/test-view";
import { userActor } from "@/lib/connections/user-actor";
import { connectionRefSchema } from "@/lib/validations/wizard";

export type LifecycleResult = { message: string; test?: TestView };

const target = (user: SessionUser, connectionId: string) => ({ organizationId: user.organizationId, connectionId, actor: userActor(user) });

function refresh(connectionId: string): void {
  revalidatePath("/connections");
  revalidatePath(`/connections/${connectionId}`, "layout");
}

export const syncNowAction = protectedAction("connections:manage", connectionRefSchema, async ({ connectionId }, { user }): Promise<LifecycleResult> => {
  const { queued } = await requestSync({ organizationId: user.organizationId, connectionId, actor: { type: "user", id: user.id, label: user.name } });
  const t = await getTranslations("connections.messages");
  refresh(connectionId);
  return { message: queued ? t("syncQueued") : t("syncAlreadyQueued") };
});

export const deactivateAction = protectedAction("connections:manage", connectionRefSchema, async ({ connectionId }, { user }): Promise<LifecycleResult> => {
  await deactivateConnection(target(user, connectionId));
  const t = await getTranslations("connections.messages");
  refresh(connectionId);
  return { message: t("deactivated") };
});

/** Reactivate re-tests the stored credentials: connected again, or the target's error. */
export const reactivateAction = protectedAction("connections:manage", connectionRefSchema, async ({ connectionId }, { user }): Promise<LifecycleResult> => {
  const outcome = await reactivateConnection(target(user, connectionId));
  const t = await getTranslations("connections.messages");
  refresh(connectionId);
  if (outcome.status === "connected") return { message: t("reactivated") };
  const tt = await getTranslations("wizard.test");
  return { message: t("reactivateFailed"), test: toTestView(outcome.result, (code) => tt(code)) };
});

/** Disconnect ends on the list (the connection's own pages are gone), which says so. */
export const disconnectAction = protectedAction("connections:manage", connectionRefSchema, async ({ connectionId }, { user }) => {
  await disconnectConnection(target(user, connectionId));
  refresh(connectionId);
  redirect("/connections?done=disconnected");
});

export const dismissNoticeAction = protectedAction("connections:manage", z.object({ noticeId: z.uuid() }), async ({ noticeId }, { user }) => {
  await dismissNotice({ organizationId: user.organizationId, noticeId, actor: { type: "user", id: user.id, label: user.name } });
  revalidatePath("/connections", "layout");
});
