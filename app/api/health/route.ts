import { NextResponse } from "next/server";
import { getHealth } from "@/lib/health/get-health";

export const dynamic = "force-dynamic";

/** Public liveness/readiness: database and job queue state, 200 when both are up, else 503. */
export async function GET() {
  const health = await getHealth();
  return NextResponse.json(health, { status: health.status === "ok" ? 200 : 503, headers: { "cache-control": "no-store" } });
}
