"use server";

import { protectedAction } from "@/lib/auth/protected-action";
import { fileSupportRequest } from "@/lib/catalog/file-support-request";
import { supportRequestSchema } from "@/lib/validations/demo-requests";

/** "Help & Feedback" on a first-party integration's page. */
export const helpFeedbackAction = protectedAction("marketplace:browse", supportRequestSchema, async (input, { user }) => {
  await fileSupportRequest({ user, integrationSlug: input.integration, message: input.message });
});
