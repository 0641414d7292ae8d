import type PgBoss from "pg-boss";

/**
 * Every queue the app uses, created at boot (pg-boss 10 drops jobs sent to a
 * queue that does not exist).
 * sync-connection is "short": at most one WAITING job per connection (singletonKey);
 * one RUNNING sync per connection is held by an advisory lock in the engine
 * (lib/sync/engine/connection-lock.ts), not by pg-boss: its "singleton" policy blocks
 * the whole queue while the job at its head waits for a busy key.
 */
export const QUEUES = {
  /** run one sync of one connection (key: connection id) */
  syncConnection: "sync-connection",
  /** every minute: enqueue the connections whose next sync is due */
  scheduleSyncs: "schedule-syncs",
  /** an employee changed: debounced sync for connections that want it */
  employeeChanged: "employee-changed",
  /** daily: purge per-employee results older than the retention period */
  purgeResults: "purge-results",
  /** close runs whose worker died */
  recoverRuns: "recover-runs",
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export const QUEUE_OPTIONS: Record<QueueName, Omit<PgBoss.Queue, "name">> = {
  // A 100,000-employee first sync at 3 requests/s (Slack) takes hours: expiry is a safety net only.
  "sync-connection": { policy: "short", retryLimit: 0, expireInSeconds: 60 * 60 * 23 },
  "schedule-syncs": { policy: "singleton", retryLimit: 0, expireInSeconds: 60 },
  "employee-changed": { policy: "stately", retryLimit: 2, expireInSeconds: 60 * 10 },
  "purge-results": { policy: "singleton", retryLimit: 2, expireInSeconds: 60 * 30 },
  "recover-runs": { policy: "singleton", retryLimit: 0, expireInSeconds: 60 * 5 },
};
