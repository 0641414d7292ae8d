/**
 * `npm run worker`: the job worker alone, for scaling out. Uses DATABASE_URL, or on
 * a demo machine the embedded database that `npm start` is running.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { startWorker } from "../lib/jobs/start-worker";
import { stopBoss } from "../lib/jobs/boss";
import { closeDb } from "../db";
import { validateEnv } from "../lib/config/env";
import { ensureLocalSecrets } from "./lib/local-secrets";

const dataDir = path.resolve(process.env.DATA_DIR ?? path.join(process.cwd(), ".data"));

async function main() {
  ensureLocalSecrets(dataDir);
  if (!process.env.DATABASE_URL) {
    const runtime = path.join(dataDir, "runtime.json");
    if (!existsSync(runtime)) throw new Error("Set DATABASE_URL, or run `npm start` first on this machine");
    process.env.DATABASE_URL = JSON.parse(readFileSync(runtime, "utf8")).databaseUrl;
  }
  validateEnv();
  await startWorker();
  const stop = async () => {
    await stopBoss();
    await closeDb();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
