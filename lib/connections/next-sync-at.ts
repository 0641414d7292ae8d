import type { ConnectionSchedule } from "@/db/schema";

/** Minutes east of UTC that `timeZone` has at `at` (e.g. 120 for Berlin in summer). */
function offsetMinutes(timeZone: string, at: Date): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/** The instant a wall-clock time of a calendar day has in a time zone. */
function zonedInstant(year: number, month: number, day: number, hour: number, minute: number, timeZone: string): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  const first = guess - offsetMinutes(timeZone, new Date(guess)) * 60_000;
  // Around a DST switch the offset at the guess and at the result can differ: settle once more.
  return new Date(guess - offsetMinutes(timeZone, new Date(first)) * 60_000);
}

/** When a schedule next runs after `from`: every N minutes, or daily at a local time. */
export function nextSyncAt(schedule: ConnectionSchedule, from: Date = new Date()): Date {
  if (schedule.kind === "interval") return new Date(from.getTime() + schedule.minutes * 60_000);
  const [hour, minute] = schedule.time.split(":").map(Number);
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: schedule.timezone, year: "numeric", month: "2-digit", day: "2-digit" })
    .format(from)
    .split("-")
    .map(Number);
  for (let add = 0; add < 3; add++) {
    const day = new Date(Date.UTC(today[0], today[1] - 1, today[2] + add));
    const candidate = zonedInstant(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), hour, minute, schedule.timezone);
    if (candidate.getTime() > from.getTime()) return candidate;
  }
  return new Date(from.getTime() + 24 * 60 * 60_000);
}
