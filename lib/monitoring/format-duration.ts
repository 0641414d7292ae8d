/** A duration as a message key of `monitoring.duration` and its values: "850 ms", "4.2 s", "3 min 5 s", "1 h 2 min". */
export function durationMessage(ms: number): { key: "ms" | "s" | "min" | "h"; values: Record<string, number> } {
  const value = Math.max(0, Math.round(ms));
  if (value < 1000) return { key: "ms", values: { value } };
  if (value < 60_000) return { key: "s", values: { value: Math.round(value / 100) / 10 } };
  if (value < 3_600_000) return { key: "min", values: { minutes: Math.floor(value / 60_000), seconds: Math.floor((value % 60_000) / 1000) } };
  return { key: "h", values: { hours: Math.floor(value / 3_600_000), minutes: Math.floor((value % 3_600_000) / 60_000) } };
}

export function runDurationMs(run: { startedAt: Date; finishedAt: Date | null }): number | null {
  return run.finishedAt ? run.finishedAt.getTime() - run.startedAt.getTime() : null;
}
