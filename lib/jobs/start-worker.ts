import { getBoss } from "./boss";

export type JobHandlerRegistration = (boss: Awaited<ReturnType<typeof getBoss>>) => Promise<void>;

/**
 * Registered job handlers. Features add theirs here (the sync engine, retention);
 * the worker itself knows no feature.
 */
const registrations: JobHandlerRegistration[] = [];

export function registerJobHandlers(register: JobHandlerRegistration): void {
  registrations.push(register);
}

const globalForWorker = globalThis as unknown as { marketplaceWorkerStarted?: boolean };

/** Starts the job worker in this process: in the web process by default, or alone via `npm run worker`. */
export async function startWorker(): Promise<void> {
  if (globalForWorker.marketplaceWorkerStarted) return;
  globalForWorker.marketplaceWorkerStarted = true;
  await import("./handlers");
  const boss = await getBoss();
  for (const register of registrations) await register(boss);
  console.log(JSON.stringify({ level: "info", msg: "job worker started", handlers: registrations.length }));
}

export function isWorkerStarted(): boolean {
  return globalForWorker.marketplaceWorkerStarted === true;
}
