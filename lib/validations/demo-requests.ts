import { z } from "zod";
import { DEMO_REQUEST_STATUSES } from "@/lib/demo-requests/update-demo-request-status";

export const updateDemoRequestStatusSchema = z.object({
  id: z.uuid(),
  status: z.enum(DEMO_REQUEST_STATUSES),
});
