import type PgBoss from "pg-boss";

/**
 * Every queue the app uses, created at boot (pg-boss 10 drops jobs sent to a
 * queue that does not exist). `singleton` allows one active job per queue and key:
 * one running sync per connection however many workers share the database.
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
  "sync-connection": { policy: "singleton", retryLimit: 0, expireInSeconds: 60 * 60 * 2 },
  "schedule-syncs": { policy: "singleton", retryLimit: 0, expireInSeconds: 60 },
  "employee-changed": { policy: "stately", retryLimit: 2, expireInSeconds: 60 * 10 },
  "purge-results": { policy: "singleton", retryLimit: 2, expireInSeconds: 60 * 30 },
  "recover-runs": { policy: "singleton", retryLimit: 0, expireInSeconds: 60 * 5 },
};
