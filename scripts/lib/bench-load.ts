import { createRequire } from "node:module";

/** autocannon's programmatic API (the package ships no types): the parts the benchmark uses. */
type Histogram = { average: number; p50: number; p97_5: number; p99: number; max: number };
type AutocannonResult = { requests: Histogram & { total: number }; latency: Histogram; non2xx: number; errors: number; timeouts: number };
type Autocannon = (options: { url: string; connections: number; duration: number; headers?: Record<string, string> }) => Promise<AutocannonResult>;

const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

export type LoadResult = { requestsPerSecond: number; p50: number; p99: number; non2xx: number; errors: number };

/** Warms a URL up, then loads it with `connections` concurrent clients for `seconds` (loopback only). */
export async function load(url: string, options: { connections: number; seconds: number; headers?: Record<string, string> }): Promise<LoadResult> {
  await autocannon({ url, connections: options.connections, duration: 2, headers: options.headers });
  const r = await autocannon({ url, connections: options.connections, duration: options.seconds, headers: options.headers });
  return { requestsPerSecond: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors + r.timeouts };
}
