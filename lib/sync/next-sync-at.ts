import type { ConnectionSchedule } from "@/db/schema";

/** Minutes east of UTC of `timeZone` at `at`. */
function offsetMinutes(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((asUtc - at.getTime()) / 60_000);
}

/** When a connection's next scheduled sync is due, after `from`. */
export function nextSyncAt(schedule: ConnectionSchedule, from: Date): Date {
  if (schedule.kind === "interval") return new Date(from.getTime() + schedule.minutes * 60_000);
  const [hours, minutes] = schedule.time.split(":").map(Number);
  let timeZone = schedule.timezone;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
  } catch {
    timeZone = "UTC";
  }
  const local = new Date(from.getTime() + offsetMinutes(from, timeZone) * 60_000);
  for (let day = 0; day <= 2; day++) {
    const wallClock = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + day, hours, minutes);
    // The wall-clock time in that zone, converted back with the offset valid at that moment (DST-safe).
    let candidate = new Date(wallClock - offsetMinutes(new Date(wallClock), timeZone) * 60_000);
    candidate = new Date(wallClock - offsetMinutes(candidate, timeZone) * 60_000);
    if (candidate.getTime() > from.getTime()) return candidate;
  }
  return new Date(from.getTime() + 24 * 60 * 60_000);
}
