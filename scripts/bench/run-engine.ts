/**
 * Benchmark: one sync run of one connection in a process of its own, so its peak
 * memory is the engine's alone. Prints one JSON line with duration, run status and
 * counts, and the peak resident set size.
 */
import { closeDb } from "../../db";
import { runSync } from "../../lib/sync/run-sync";

const [organizationId, connectionId] = process.argv.slice(2);

async function main() {
  let peakRss = process.memoryUsage().rss;
  let peakHeap = process.memoryUsage().heapUsed;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 50);
  const baselineRss = process.memoryUsage().rss;
  const started = performance.now();
  const result = await runSync({ organizationId, connectionId, trigger: "manual" });
  const durationMs = performance.now() - started;
  clearInterval(sampler);
  if (result.status !== "ran") throw new Error(`run did not start: ${result.status}`);
  const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
  process.stdout.write(
    JSON.stringify({
      durationMs: Math.round(durationMs),
      status: result.run.status,
      counts: result.run.counts,
      baselineRssMb: mb(baselineRss),
      peakRssMb: mb(Math.max(peakRss, process.resourceUsage().maxRSS * 1024)),
      peakHeapMb: mb(peakHeap),
    }) + "\n",
  );
  await closeDb();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
