import { sql } from "drizzle-orm";
import { db } from "@/db";
import { isWorkerStarted } from "@/lib/jobs/start-worker";

export type Health = {
  status: "ok" | "degraded";
  database: "up" | "down";
  jobQueue: "up" | "down";
  worker: "in-process" | "external";
};

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("timeout")), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function getHealth(): Promise<Health> {
  const database = await withTimeout(db.execute(sql`select 1`), 3000).then(
    () => "up" as const,
    () => "down" as const,
  );
  // The job queue lives in the same database: up when pg-boss's schema is installed and answers.
  const jobQueue =
    database === "up"
      ? await withTimeout(db.execute(sql`select version from pgboss.version limit 1`), 3000).then(
          (r) => (r.rows.length > 0 ? ("up" as const) : ("down" as const)),
          () => "down" as const,
        )
      : "down";
  return {
    status: database === "up" && jobQueue === "up" ? "ok" : "degraded",
    database,
    jobQueue,
    worker: isWorkerStarted() ? "in-process" : "external",
  };
}
