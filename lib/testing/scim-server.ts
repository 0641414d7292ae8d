import { randomUUID } from "node:crypto";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import express, { type NextFunction, type Request, type Response } from "express";
import SCIMMY from "scimmy";
import SCIMMYRouters from "scimmy-routers";

/**
 * A real SCIM 2.0 service provider for tests and the demo sandbox, built from the
 * third-party `scimmy` (protocol, schemas, filters, PATCH) and `scimmy-routers`
 * (the HTTP endpoints) on express. Only the storage is ours: an in-memory user map.
 * Faults can be injected in front of the router (429 with Retry-After, 503).
 */

type StoredUser = Record<string, unknown> & { id: string; userName: string; meta: { created: string; lastModified: string; version: string } };

export type ScimPeer = {
  url: string;
  users: Map<string, StoredUser>;
  requests: { method: string; path: string; status: number }[];
  faults: { every: number; status: 429 | 503; retryAfterSeconds: number };
  setToken: (token: string) => void;
  stop: () => Promise<void>;
};

type Store = { users: Map<string, StoredUser> };

let declared = false;

function nextVersion(version: string): string {
  return `W/"${Number(/\d+/.exec(version)?.[0] ?? 0) + 1}"`;
}

/** SCIMMY's resource handlers are process-wide; each server passes its own store as context. */
function declareResources(): void {
  if (declared) return;
  declared = true;
  SCIMMY.Config.set({ patch: true, filter: true, sort: true, bulk: false, etag: false, changePassword: false });
  SCIMMY.Resources.declare(SCIMMY.Resources.User)
    .extend(SCIMMY.Schemas.EnterpriseUser, false)
    .egress((resource: { id?: string; filter?: { match: (values: unknown[]) => unknown[] } }, ctx: Store) => {
      if (resource.id) {
        const user = ctx.users.get(resource.id);
        if (!user) throw new SCIMMY.Types.Error(404, null!, `Resource ${resource.id} not found`);
        return user;
      }
      const all = [...ctx.users.values()];
      return (resource.filter ? resource.filter.match(all) : all) as StoredUser[];
    })
    .ingress((resource: { id?: string }, instance: object, ctx: Store) => {
      const data = instance as Record<string, unknown>;
      const userName = String(data.userName ?? "");
      for (const other of ctx.users.values()) {
        if (other.id !== resource.id && other.userName.toLowerCase() === userName.toLowerCase()) {
          throw new SCIMMY.Types.Error(409, "uniqueness", `userName ${userName} already exists`);
        }
      }
      const now = new Date().toISOString();
      if (resource.id) {
        const existing = ctx.users.get(resource.id);
        if (!existing) throw new SCIMMY.Types.Error(404, null!, `Resource ${resource.id} not found`);
        const updated = { ...data, id: existing.id, userName, meta: { ...existing.meta, lastModified: now, version: nextVersion(existing.meta.version) } } as StoredUser;
        ctx.users.set(existing.id, updated);
        return updated;
      }
      const created = { ...data, id: randomUUID(), userName, meta: { created: now, lastModified: now, version: 'W/"1"' } } as StoredUser;
      ctx.users.set(created.id, created);
      return created;
    })
    .degress((resource: { id?: string }, ctx: Store) => {
      if (!resource.id || !ctx.users.delete(resource.id)) throw new SCIMMY.Types.Error(404, null!, `Resource ${resource.id} not found`);
    });
}

export async function startScimServer(options: { token: string; port?: number; host?: string }): Promise<ScimPeer> {
  declareResources();
  const store: Store = { users: new Map() };
  let token = options.token;
  const requests: ScimPeer["requests"] = [];
  const faults: ScimPeer["faults"] = { every: 0, status: 503, retryAfterSeconds: 1 };
  let counter = 0;

  const app = express();
  app.use((req: Request, res: Response, next: NextFunction) => {
    const path = req.originalUrl.split("?")[0];
    res.on("finish", () => requests.push({ method: req.method, path, status: res.statusCode }));
    counter += 1;
    if (faults.every > 0 && counter % faults.every === 0) {
      if (faults.status === 429) res.setHeader("retry-after", String(faults.retryAfterSeconds));
      res.status(faults.status).type("application/scim+json").send(JSON.stringify({
        schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"],
        status: String(faults.status),
        detail: faults.status === 429 ? "Too many requests" : "Service temporarily unavailable",
      }));
      return;
    }
    next();
  });
  app.use(
    "/scim/v2",
    new SCIMMYRouters({
      type: "bearer",
      docUri: "https://scim.example/docs/auth",
      handler: (req: Request) => {
        if (req.header("authorization") !== `Bearer ${token}`) throw new Error("Invalid or missing bearer token");
        return "marketplace";
      },
      context: () => store,
    }) as unknown as express.Router,
  );

  const server: Server = await new Promise((resolve) => {
    const s = app.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/scim/v2`,
    users: store.users,
    requests,
    faults,
    setToken: (next) => {
      token = next;
    },
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
