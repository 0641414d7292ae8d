/** Runs once when the Next.js server starts: the in-process job worker (unless WORKER_IN_PROCESS=false). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.WORKER_IN_PROCESS === "false" || process.env.NEXT_PHASE === "phase-production-build") return;
  if (!process.env.DATABASE_URL) return;
  const { startWorker } = await import("./lib/jobs/start-worker");
  await startWorker().catch((err) => {
    console.error(JSON.stringify({ level: "error", msg: "job worker failed to start", err: String(err) }));
  });
}
