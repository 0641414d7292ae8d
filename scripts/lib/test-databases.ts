import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";
import { Client } from "pg";

/** Starts scripts/embedded-db.ts as a child and resolves with its URL once it is ready. */
export function spawnEmbeddedDb(root: string, dataDir: string, port: number): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(path.join(root, "node_modules", ".bin", "tsx"), ["scripts/embedded-db.ts", dataDir, String(port), "postgres"], {
    cwd: root,
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on("line", (line) => {
      if (line.startsWith("{")) resolve({ url: JSON.parse(line).url, child });
    });
    child.on("exit", (code) => reject(new Error(`embedded PostgreSQL exited with ${code}`)));
  });
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Drops and creates `database` on the server of `serverUrl`. */
export async function recreateDatabase(serverUrl: string, database: string): Promise<string> {
  const client = new Client({ connectionString: withDatabase(serverUrl, "postgres") });
  await client.connect();
  try {
    await client.query(`drop database if exists "${database}" with (force)`);
    await client.query(`create database "${database}"`);
  } finally {
    await client.end();
  }
  return withDatabase(serverUrl, database);
}
