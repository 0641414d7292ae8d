import type { Database } from "../index";
import { seedSyncDemo } from "./sync-demo";

export type SeedContext = {
  db: Database;
  /** organization slug -> id (acme, globex, platform, partners) */
  orgIds: Map<string, string>;
  /** integration slug -> id */
  integrationIds: Map<string, string>;
};

/**
 * Seeders that build on the demo companies (connections, sync history, ...),
 * run once on the first seed, in this order.
 */
export const demoExtras: ((ctx: SeedContext) => Promise<void>)[] = [seedSyncDemo];
