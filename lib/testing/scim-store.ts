import { randomUUID } from "node:crypto";
import SCIMMY from "scimmy";

/**
 * The storage behind the SCIM test peer and the demo sandbox: users in memory,
 * indexed by userName, externalId and email so lookups stay fast with 100,000
 * accounts. Everything SCIM (schemas, filters, PATCH, errors) is scimmy's.
 */
export type StoredUser = Record<string, unknown> & {
  id: string;
  userName: string;
  externalId?: string;
  emails?: { value?: string }[];
  meta: { created: string; lastModified: string; version: string };
};

const lower = (v: unknown) => (typeof v === "string" ? v.toLowerCase() : "");

export class UserStore extends Map<string, StoredUser> {
  private byUserName?: Map<string, string>;
  private byExternalId?: Map<string, Set<string>>;
  private byEmail?: Map<string, Set<string>>;
  /** called after every change (the sandbox persists on it) */
  onChange?: () => void;

  private indexes() {
    this.byUserName ??= new Map();
    this.byExternalId ??= new Map();
    this.byEmail ??= new Map();
    return { userName: this.byUserName, externalId: this.byExternalId, email: this.byEmail };
  }

  private index(user: StoredUser, add: boolean) {
    const { userName, externalId, email } = this.indexes();
    const multi = (map: Map<string, Set<string>>, key: string) => {
      if (!key) return;
      if (add) map.set(key, (map.get(key) ?? new Set()).add(user.id));
      else map.get(key)?.delete(user.id);
    };
    if (add) userName.set(lower(user.userName), user.id);
    else if (userName.get(lower(user.userName)) === user.id) userName.delete(lower(user.userName));
    multi(externalId, typeof user.externalId === "string" ? user.externalId : "");
    for (const e of Array.isArray(user.emails) ? user.emails : []) multi(email, lower(e?.value));
  }

  override set(id: string, user: StoredUser): this {
    const old = super.get(id);
    if (old) this.index(old, false);
    super.set(id, user);
    this.index(user, true);
    this.onChange?.();
    return this;
  }

  override delete(id: string): boolean {
    const old = super.get(id);
    if (old) this.index(old, false);
    const deleted = super.delete(id);
    if (deleted) this.onChange?.();
    return deleted;
  }

  override clear(): void {
    super.clear();
    this.byUserName = this.byExternalId = this.byEmail = undefined;
    this.onChange?.();
  }

  idForUserName(userName: string): string | undefined {
    return this.indexes().userName.get(lower(userName));
  }

  /**
   * Users matching a filter that is only `eq` on userName, externalId or emails.value
   * joined by `or` (what provisioning clients send), from the indexes; else undefined.
   */
  indexedMatch(filter: unknown[]): StoredUser[] | undefined {
    const ids = new Set<string>();
    const { userName, externalId, email } = this.indexes();
    for (const group of filter) {
      const keys = Object.keys(group as object);
      if (keys.length !== 1) return undefined;
      const value = (group as Record<string, unknown>)[keys[0]];
      const eq = (v: unknown) => (Array.isArray(v) && v[0] === "eq" && typeof v[1] === "string" ? v[1] : undefined);
      if (keys[0] === "userName" && eq(value) !== undefined) {
        const id = userName.get(lower(eq(value)));
        if (id) ids.add(id);
      } else if (keys[0] === "externalId" && eq(value) !== undefined) {
        for (const id of externalId.get(eq(value)!) ?? []) ids.add(id);
      } else if (keys[0] === "emails" && value && typeof value === "object" && eq((value as { value?: unknown }).value) !== undefined) {
        for (const id of email.get(lower(eq((value as { value: unknown }).value))) ?? []) ids.add(id);
      } else {
        return undefined;
      }
    }
    return [...ids].map((id) => this.get(id)!).filter(Boolean);
  }
}

let declared = false;

function nextVersion(version: string): string {
  return `W/"${Number(/\d+/.exec(version)?.[0] ?? 0) + 1}"`;
}

/** Bumps a stored user's version, as any change in the target would (ETag tests). */
export function touchUser(store: UserStore, id: string, changes: Record<string, unknown> = {}): StoredUser {
  const user = store.get(id);
  if (!user) throw new Error(`no user ${id}`);
  const updated = { ...user, ...changes, meta: { ...user.meta, lastModified: new Date().toISOString(), version: nextVersion(user.meta.version) } } as StoredUser;
  store.set(id, updated);
  return updated;
}

/** SCIMMY's resource handlers are process-wide; each directory passes its own store as context. */
export function declareScimResources(): void {
  if (declared) return;
  declared = true;
  SCIMMY.Resources.declare(SCIMMY.Resources.User)
    .extend(SCIMMY.Schemas.EnterpriseUser, false)
    .egress(((resource: { id?: string; filter?: unknown[] & { match: (values: unknown[]) => unknown[] } }, store: UserStore) => {
      if (resource.id) {
        const user = store.get(resource.id);
        if (!user) throw new SCIMMY.Types.Error(404, null!, `Resource ${resource.id} not found`);
        return user;
      }
      if (!resource.filter) return [...store.values()];
      return (store.indexedMatch([...resource.filter]) ?? resource.filter.match([...store.values()])) as StoredUser[];
    }) as never)
    .ingress(((resource: { id?: string }, instance: object, store: UserStore) => {
      const data = instance as Record<string, unknown>;
      const userName = String(data.userName ?? "");
      const holder = store.idForUserName(userName);
      if (holder && holder !== resource.id) throw new SCIMMY.Types.Error(409, "uniqueness", `userName ${userName} already exists`);
      const now = new Date().toISOString();
      if (resource.id) {
        const existing = store.get(resource.id);
        if (!existing) throw new SCIMMY.Types.Error(404, null!, `Resource ${resource.id} not found`);
        const updated = { ...data, id: existing.id, userName, meta: { ...existing.meta, lastModified: now, version: nextVersion(existing.meta.version) } } as StoredUser;
        store.set(existing.id, updated);
        return updated;
      }
      const created = { ...data, id: randomUUID(), userName, meta: { created: now, lastModified: now, version: 'W/"1"' } } as StoredUser;
      store.set(created.id, created);
      return created;
    }) as never)
    .degress((resource: { id?: string }, store: UserStore) => {
      if (!resource.id || !store.delete(resource.id)) throw new SCIMMY.Types.Error(404, null!, `Resource ${resource.id} not found`);
    });
}
