"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { protectedAction } from "@/lib/auth/actions";
import { AppError } from "@/lib/errors";
import { markNoticeRead } from "@/lib/monitoring/list-notices";

/** Marks a notice read (HR admins; support staff only read). Another company's notice is not found. */
export const markNoticeReadAction = protectedAction("connections:manage", z.object({ id: z.uuid() }), async (input, { user }) => {
  const done = await markNoticeRead({ organizationId: user.organizationId, noticeId: input.id, actor: { type: "user", id: user.id, label: user.name } });
  if (!done) throw new AppError("not_found");
  revalidatePath("/", "layout");
  return { id: input.id };
});

/** The same, as a plain form action. */
export async function markNoticeReadFormAction(formData: FormData): Promise<void> {
  await markNoticeReadAction(formData);
}
