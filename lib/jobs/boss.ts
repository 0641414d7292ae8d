import pg from "pg";
import PgBoss from "pg-boss";
import { QUEUE_OPTIONS, type QueueName } from "./queues";

/** pg-boss's schema: separate schemas keep separate job worlds on one database (isolated test workers). */
export const BOSS_SCHEMA = process.env.PGBOSS_SCHEMA ?? "pgboss";

/**
 * Creates every queue, one process at a time: processes starting together on a fresh
 * database (web and workers of a scaled-out deployment) deadlock in pg-boss's
 * create_queue otherwise. The lock is a session's and goes with it.
 */
async function createQueues(boss: PgBoss, connectionString: string): Promise<void> {
  const client = new pg.Client({ connectionString, application_name: "marketplace-queue-setup" });
  await client.connect();
  try {
    await client.query("select pg_advisory_lock(hashtextextended('pgboss-queues', 727274))");
    for (const [name, options] of Object.entries(QUEUE_OPTIONS)) {
      await boss.createQueue(name, { name, ...options });
      // Existing databases pick up changed queue options (policy, expiry) too.
      await boss.updateQueue(name, { name, ...options });
    }
  } finally {
    await client.end().catch(() => {});
  }
}

const globalForBoss = globalThis as unknown as { marketplaceBoss?: Promise<PgBoss> };

/** The process's pg-boss client, started with every queue created. Shared by web and worker code. */
export function getBoss(): Promise<PgBoss> {
  globalForBoss.marketplaceBoss ??= (async () => {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set");
    const boss = new PgBoss({ connectionString, max: 4, schema: BOSS_SCHEMA });
    boss.on("error", (err) => console.error(JSON.stringify({ level: "error", msg: "pg-boss error", err: err.message })));
    await boss.start();
    await createQueues(boss, connectionString);
    return boss;
  })().catch((err) => {
    globalForBoss.marketplaceBoss = undefined;
    throw err;
  });
  return globalForBoss.marketplaceBoss;
}

export async function sendJob(queue: QueueName, data: object, options: PgBoss.SendOptions = {}): Promise<string | null> {
  const boss = await getBoss();
  return boss.send(queue, data, options);
}

export async function stopBoss(): Promise<void> {
  const pending = globalForBoss.marketplaceBoss;
  globalForBoss.marketplaceBoss = undefined;
  if (pending) await (await pending).stop({ graceful: true, timeout: 10_000 });
}
