import { sql } from "drizzle-orm";
import { db } from "@/db";
import type { IntegrationRequestStatus } from "@/lib/validations/integration-requests";

export const REQUESTS_PAGE_SIZE = 25;

export type IntegrationRequestRow = {
  id: string;
  toolName: string;
  website: string | null;
  description: string;
  status: IntegrationRequestStatus;
  votes: number;
  voted: boolean;
  notify: boolean;
  createdAt: string;
};

/** Requests with their vote counts, most wanted first; `voted`/`notify` for the given user. */
export async function listIntegrationRequests(options: {
  userId?: string;
  status?: IntegrationRequestStatus;
  page: number;
}): Promise<{ rows: IntegrationRequestRow[]; total: number }> {
  const userId = options.userId ?? null;
  const result = await db.execute(sql`
    select r.id, r.tool_name as "toolName", r.website, r.description, r.status, r.created_at::text as "createdAt",
           (select count(*)::int from integration_request_votes v where v.request_id = r.id) as votes,
           coalesce(mine.user_id is not null, false) as voted, coalesce(mine.notify, false) as notify,
           count(*) over ()::int as total
      from integration_requests r
      left join integration_request_votes mine on mine.request_id = r.id and mine.user_id = ${userId}::uuid
     where ${options.status ? sql`r.status = ${options.status}` : sql`true`}
     order by votes desc, r.created_at desc, r.id
     limit ${REQUESTS_PAGE_SIZE} offset ${(options.page - 1) * REQUESTS_PAGE_SIZE}`);
  const rows = result.rows as (IntegrationRequestRow & { total: number })[];
  return { rows, total: rows[0]?.total ?? 0 };
}
