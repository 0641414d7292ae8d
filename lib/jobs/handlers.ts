/**
 * Side-effect imports of every module that registers job handlers
 * (each calls registerJobHandlers). Kept in one list so the worker loads them all.
 */
import "@/lib/monitoring/register-purge-results";
import "@/lib/sync/jobs/register-sync-jobs";

export {};
