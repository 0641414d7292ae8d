import { AppError } from "@/lib/errors";
import { authorize } from "@/lib/auth/authorize";
import { requestLocale, translatorFor } from "@/lib/catalog/translator";
import { exportDemoRequests } from "@/lib/demo-requests/list-demo-requests";
import { toCsv } from "@/lib/demo-requests/to-csv";
import { demoInboxQuerySchema } from "@/lib/validations/demo-requests";

export const dynamic = "force-dynamic";

/** CSV export of the provider's demo requests under the inbox's filters (never another provider's). */
export async function GET(request: Request): Promise<Response> {
  let user;
  try {
    user = await authorize("demo_requests:manage");
  } catch (error) {
    const status = error instanceof AppError && error.code === "unauthenticated" ? 401 : 403;
    return new Response(status === 401 ? "Please sign in first." : "You do not have the rights to do this.", { status });
  }
  const url = new URL(request.url);
  const query = demoInboxQuerySchema.parse({ integration: url.searchParams.get("integration") ?? undefined, status: url.searchParams.get("status") ?? undefined });
  const t = await translatorFor(await requestLocale());
  const rows = await exportDemoRequests(user.organizationId, query);
  const keys = ["received", "integration", "status", "name", "email", "company", "companySize", "phone", "message", "consent", "language"];
  const csv = toCsv(
    keys.map((key) => t(`demo.inbox.csv.${key}`)),
    rows.map((r) => [r.createdAt, r.integrationName, t(`demo.inbox.statusValue.${r.status}`), r.name, r.email, r.company, r.companySize, r.phone, r.message, r.consent ? "yes" : "no", r.locale]),
  );
  const date = new Date().toISOString().slice(0, 10);
  return new Response("\uFEFF" + csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="demo-requests-${date}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
