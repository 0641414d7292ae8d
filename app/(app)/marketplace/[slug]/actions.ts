"use server";

import { fileSupportRequest } from "@/lib/catalog/file-support-request";
import { publicAction } from "@/lib/auth/actions";
import { supportRequestSchema } from "@/lib/validations/demo-requests";

/** "Help & Feedback" on a first-party integration's page (HR admins; messages of the catalog namespace). */
export const helpFeedbackAction = publicAction(
  "catalog",
  supportRequestSchema,
  async (input, { user }) => {
    await fileSupportRequest({ user: user!, integrationSlug: input.integration, message: input.message });
  },
  { ability: "marketplace:browse" },
);
