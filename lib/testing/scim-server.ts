import express, { type NextFunction, type Request, type Response } from "express";
import SCIMMYRouters from "scimmy-routers";
import { hold, holdAnswer, holdController, listen } from "./listen";
import { declareScimResources, touchUser, UserStore, type StoredUser } from "./scim-store";

/**
 * A real SCIM 2.0 service provider for tests and the demo sandbox, built from the
 * third-party `scimmy` (protocol, schemas, filters, PATCH) and `scimmy-routers`
 * (the HTTP endpoints) on express. Only the storage is ours (./scim-store.ts).
 * Per directory: its capabilities (PATCH, ETags with If-Match -> 412) and injected
 * faults (429 with Retry-After or 503 on every n-th request, slow answers, answers
 * held back after the request was applied, any raw answer from `hooks.onRequest`);
 * per server: kill() drops every connection at once, as a crashing target would.
 */

export { listen } from "./listen";

export type ScimCapabilityOptions = { patch?: boolean; etag?: boolean; filter?: boolean };
/** delayMs: wait before handling; holdAnswerMs: handle at once, answer that much later (held requests are dropped on stop) */
export type ScimFaults = { every: number; status: 429 | 503; retryAfterSeconds: number; delayMs: number; holdAnswerMs: number };
/** What a proxy, captive portal or broken target might answer instead of the SCIM service */
export type RawAnswer = { status: number; contentType: string; body: string };

export type ScimDirectory = {
  users: UserStore;
  requests: { method: string; path: string; status: number }[];
  faults: ScimFaults;
  /** runs before each request is handled (a test can change the directory "meanwhile", or answer instead of it) */
  hooks: { onRequest?: (request: { method: string; path: string }) => RawAnswer | void };
  /** drops the requests whose answers are held back (stop and kill call it) */
  release: () => void;
  setToken: (token: string) => void;
  /** change an account as someone in the target would (bumps its version/ETag) */
  touch: (id: string, changes?: Record<string, unknown>) => StoredUser;
  router: express.Router;
};

export type ScimPeer = Omit<ScimDirectory, "router"> & { url: string; stop: () => Promise<void>; kill: () => Promise<void> };

const scimError = (status: number, detail: string, scimType?: string) =>
  JSON.stringify({ schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"], status: String(status), ...(scimType ? { scimType } : {}), detail });

/** One SCIM directory (its own users, token, capabilities and faults), mounted by the caller. */
export function createScimDirectory(options: { token: string; users?: UserStore } & ScimCapabilityOptions): ScimDirectory {
  declareScimResources();
  const users = options.users ?? new UserStore();
  const caps = { patch: options.patch ?? true, etag: options.etag ?? false, filter: options.filter ?? true };
  let token = options.token;
  const requests: ScimDirectory["requests"] = [];
  const faults: ScimFaults = { every: 0, status: 503, retryAfterSeconds: 1, delayMs: 0, holdAnswerMs: 0 };
  const closing = holdController();
  const hooks: ScimDirectory["hooks"] = {};
  let counter = 0;
  const authorized = (req: Request) => req.header("authorization") === `Bearer ${token}`;

  const router = express.Router();
  router.use(async (req: Request, res: Response, next: NextFunction) => {
    const path = req.originalUrl.split("?")[0];
    res.on("finish", () => requests.push({ method: req.method, path, status: res.statusCode }));
    const answer = hooks.onRequest?.({ method: req.method, path });
    const { delayMs, holdAnswerMs } = faults;
    if (delayMs > 0 && (await hold(delayMs, closing.signal))) return void res.destroy();
    if (holdAnswerMs > 0) holdAnswer(res, holdAnswerMs, closing.signal);
    if (answer) return void res.status(answer.status).type(answer.contentType).send(answer.body);
    counter += 1;
    if (faults.every > 0 && counter % faults.every === 0) {
      if (faults.status === 429) res.setHeader("retry-after", String(faults.retryAfterSeconds));
      res.status(faults.status).type("application/scim+json").send(scimError(faults.status, faults.status === 429 ? "Too many requests" : "Service temporarily unavailable"));
      return;
    }
    next();
  });
  // What this directory supports, in its ServiceProviderConfig (scimmy's is process-wide).
  router.get("/ServiceProviderConfig", (req, res, next) => {
    if (!authorized(req)) return next();
    res.type("application/scim+json").send(
      JSON.stringify({
        schemas: ["urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"],
        patch: { supported: caps.patch },
        bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
        filter: { supported: caps.filter, maxResults: 200 },
        changePassword: { supported: false },
        sort: { supported: true },
        etag: { supported: caps.etag },
        authenticationSchemes: [{ type: "oauthbearertoken", name: "OAuth Bearer Token", description: "Bearer token", specUri: "https://datatracker.ietf.org/doc/html/rfc6750" }],
      }),
    );
  });
  router.use("/Users/:id", (req, res, next) => {
    if (!authorized(req)) return next();
    if (req.method === "PATCH" && !caps.patch) {
      res.status(501).type("application/scim+json").send(scimError(501, "PATCH is not supported by this service provider"));
      return;
    }
    if (!caps.etag) return next();
    const user = users.get(req.params.id as string);
    const ifMatch = req.header("if-match");
    if (user && ifMatch && ifMatch !== "*" && ifMatch !== user.meta.version) {
      res.status(412).type("application/scim+json").send(scimError(412, `Precondition failed: the resource changed (now ${user.meta.version})`));
      return;
    }
    next();
  });
  if (caps.etag) {
    router.use((_req, res, next) => {
      const send = res.send.bind(res);
      res.send = (body?: unknown) => {
        const version = body && typeof body === "object" ? (body as { meta?: { version?: string } }).meta?.version : undefined;
        if (version && !res.headersSent) res.setHeader("ETag", version);
        return send(body);
      };
      next();
    });
  }
  router.use(
    new SCIMMYRouters({
      type: "bearer",
      docUri: "https://scim.example/docs/auth",
      handler: (req: Request) => {
        if (!authorized(req)) throw new Error("Invalid or missing bearer token");
        return "marketplace";
      },
      context: () => users,
    }) as unknown as express.Router,
  );
  // scimmy-routers answers a 5xx itself, then passes the error on: do not let express drop the socket.
  router.use((error: unknown, _req: Request, res: Response, next: NextFunction) => (res.headersSent ? undefined : next(error)));
  return {
    users,
    requests,
    faults,
    hooks,
    setToken: (next) => {
      token = next;
    },
    touch: (id, changes) => touchUser(users, id, changes),
    release: () => closing.abort(),
    router,
  };
}

export async function startScimServer(options: { token: string; port?: number; host?: string } & ScimCapabilityOptions): Promise<ScimPeer> {
  const directory = createScimDirectory(options);
  const app = express();
  app.set("etag", false);
  app.use("/scim/v2", directory.router);
  const server = await listen(app, options.port, options.host, directory.release);
  const { router: _router, ...rest } = directory;
  return { ...rest, url: `http://127.0.0.1:${server.port}/scim/v2`, stop: server.stop, kill: server.kill };
}
