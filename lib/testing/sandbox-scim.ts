import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import express from "express";
import { createScimDirectory, listen } from "./scim-server";
import { UserStore, type StoredUser } from "./scim-store";

/**
 * The demo's sandbox SCIM directory: what `npm start` runs on loopback so the demo
 * company's directory integrations sync against a real SCIM server. Two directories
 * (one per demo connection), each a scimmy service provider; their users are kept in
 * a JSON file under the data folder so the demo stays consistent across restarts.
 */
export const SANDBOX_TOKEN = "sandbox-demo-token";
/** slack: PATCH, no ETags; atlassian: PATCH with ETags (If-Match) */
export const SANDBOX_DIRECTORIES = { slack: { etag: false }, atlassian: { etag: true } } as const;
export type SandboxDirectory = keyof typeof SANDBOX_DIRECTORIES;

export function sandboxPort(): number {
  return Number(process.env.SANDBOX_SCIM_PORT ?? 3901);
}

export function sandboxDirectoryUrl(origin: string, directory: SandboxDirectory): string {
  return `${origin.replace(/\/$/, "")}/directories/${directory}/scim/v2`;
}

type Saved = Partial<Record<SandboxDirectory, StoredUser[]>>;

function load(file: string | undefined): Saved {
  if (!file || !existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Saved;
  } catch {
    return {};
  }
}

export async function startSandboxScim(options: { port: number; host?: string; file?: string }): Promise<{ origin: string; users: Record<SandboxDirectory, UserStore>; stop: () => Promise<void> }> {
  const saved = load(options.file);
  const app = express();
  app.set("etag", false);
  const users = {} as Record<SandboxDirectory, UserStore>;
  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    if (!options.file) return;
    clearTimeout(timer);
    timer = undefined;
    mkdirSync(path.dirname(options.file), { recursive: true });
    const data = Object.fromEntries(Object.entries(users).map(([name, store]) => [name, [...store.values()]]));
    writeFileSync(`${options.file}.tmp`, JSON.stringify(data));
    renameSync(`${options.file}.tmp`, options.file);
  };
  for (const [name, caps] of Object.entries(SANDBOX_DIRECTORIES) as [SandboxDirectory, { etag: boolean }][]) {
    const store = new UserStore();
    for (const user of saved[name] ?? []) store.set(user.id, user);
    store.onChange = () => {
      timer ??= setTimeout(save, 250);
    };
    users[name] = store;
    app.use(`/directories/${name}/scim/v2`, createScimDirectory({ token: SANDBOX_TOKEN, users: store, ...caps }).router);
  }
  app.get("/", (_req, res) => {
    res.json({
      description: "Sandbox SCIM 2.0 directories of the Marketplace demo (scimmy). Bearer token: see SANDBOX_TOKEN.",
      directories: Object.fromEntries(Object.entries(users).map(([name, store]) => [name, { baseUrl: `/directories/${name}/scim/v2`, users: store.size }])),
    });
  });
  const server = await listen(app, options.port, options.host ?? "127.0.0.1");
  return {
    origin: `http://127.0.0.1:${server.port}`,
    users,
    stop: async () => {
      if (timer) save();
      await server.stop();
    },
  };
}
