import { BlockList, isIP } from "node:net";

/**
 * The SSRF guard: which addresses requests to a connection's target (SCIM base URL,
 * webhook endpoint, their connection tests) may reach. Checked twice: on the URL as
 * typed (validateTargetUrl) and on every address a host name resolves to when a
 * request connects (lib/sync/http.ts), so a name pointing inward (or re-pointed after
 * it was checked: DNS rebinding) is refused too.
 *
 * - always refused: cloud metadata addresses and host names, unspecified (0.0.0.0/8, ::),
 *   link-local (169.254.0.0/16, fe80::/10), multicast, reserved and broadcast
 *   (240.0.0.0/4), IPv4-compatible (::/96) and 6to4 (2002::/16) IPv6 forms;
 * - private ranges (10/8, 172.16/12, 192.168/16, 100.64/10 CGNAT, fc00::/7, fec0::/10):
 *   refused unless inside TARGET_ALLOWED_PRIVATE_RANGES;
 * - loopback (127/8, ::1, localhost): refused unless ALLOW_LOOPBACK_TARGETS=true, or,
 *   when that is unset, NODE_ENV is development or test.
 * IPv4-mapped (::ffff:a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) forms count as the IPv4
 * address they carry. Everything else (public addresses, other names) is allowed.
 */

export type AddressCategory = "metadata" | "unspecified" | "link-local" | "multicast" | "loopback" | "private" | "reserved";
export type AddressVerdict = { allowed: true } | { allowed: false; category: AddressCategory; reason: string };
export type TargetAddressPolicy = { allowLoopback: boolean; allowedPrivate: BlockList };

type Range = readonly [address: string, prefix: number];

/** Cloud metadata services, refused whatever the settings (some sit inside ranges an allow-list may open). */
export const METADATA_ADDRESSES: Readonly<Record<string, string>> = {
  "169.254.169.254": "AWS, GCP, Azure, OpenStack, Oracle, DigitalOcean",
  "169.254.170.2": "AWS ECS task credentials",
  "100.100.100.200": "Alibaba Cloud",
  "192.0.0.192": "Oracle Cloud",
  "168.63.129.16": "Azure WireServer",
  "fd00:ec2::254": "AWS, IPv6",
  "fd20:ce::254": "GCP, IPv6",
};
export const METADATA_HOSTNAMES = ["metadata.google.internal", "metadata.goog", "metadata", "instance-data", "instance-data.ec2.internal"];

export const PRIVATE_RANGES: readonly Range[] = [
  ["10.0.0.0", 8],
  ["172.16.0.0", 12],
  ["192.168.0.0", 16],
  ["100.64.0.0", 10],
  ["fc00::", 7],
  ["fec0::", 10],
];

/** First match decides; loopback and private before reserved (::1 lies inside ::/96). */
const CATEGORIES: readonly [AddressCategory, string, readonly Range[]][] = [
  ["unspecified", "unspecified", [["0.0.0.0", 8], ["::", 128]]],
  ["link-local", "link-local", [["169.254.0.0", 16], ["fe80::", 10]]],
  ["multicast", "multicast", [["224.0.0.0", 4], ["ff00::", 8]]],
  ["loopback", "loopback", [["127.0.0.0", 8], ["::1", 128]]],
  ["private", "in a private range", PRIVATE_RANGES],
  ["reserved", "reserved (broadcast, IPv4-compatible or 6to4)", [["240.0.0.0", 4], ["::", 96], ["2002::", 16]]],
];

const familyOf = (address: string) => (isIP(address) === 6 ? "ipv6" : "ipv4");

/** A BlockList of ranges; each IPv4 range also as its NAT64 form (IPv4-mapped forms match IPv4 rules by themselves). */
function blockListOf(ranges: readonly Range[]): BlockList {
  const list = new BlockList();
  for (const [address, prefix] of ranges) {
    list.addSubnet(address, prefix, familyOf(address));
    if (isIP(address) === 4) list.addSubnet(`64:ff9b::${address}`, 96 + prefix, "ipv6");
  }
  return list;
}

const metadata = new Map(Object.entries(METADATA_ADDRESSES).map(([address, name]) => [address, { name, list: blockListOf([[address, isIP(address) === 4 ? 32 : 128]]) }]));
const categories = CATEGORIES.map(([category, label, ranges]) => ({ category, label, list: blockListOf(ranges) }));

const ALLOWED: AddressVerdict = { allowed: true };
const refuse = (category: AddressCategory, reason: string): AddressVerdict => ({ allowed: false, category, reason });

/** The verdict for one IP address (v4 or v6, with or without zone); a non-address is refused. */
export function checkTargetAddress(raw: string, policy: TargetAddressPolicy): AddressVerdict {
  const address = raw.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  if (!isIP(address)) return refuse("reserved", `${raw} is not an IP address`);
  const family = familyOf(address);
  const range = categories.find((c) => c.list.check(address, family));
  for (const { name, list } of metadata.values()) {
    if (!list.check(address, family)) continue;
    return refuse("metadata", range ? `${address} is ${range.label} (cloud metadata: ${name})` : `${address} is a cloud metadata address (${name})`);
  }
  if (!range) return ALLOWED;
  if (range.category === "loopback" && policy.allowLoopback) return ALLOWED;
  if (range.category === "private" && policy.allowedPrivate.check(address, family)) return ALLOWED;
  const hint = range.category === "private" ? " and not in TARGET_ALLOWED_PRIVATE_RANGES" : "";
  return refuse(range.category, `${address} is ${range.label}${hint}`);
}

/** The verdict for a URL's host: an IP literal is decided here; a name only if it is known (metadata, localhost), else when it resolves. */
export function checkTargetHost(host: string, policy: TargetAddressPolicy): AddressVerdict {
  const name = host.replace(/^\[|\]$/g, "").replace(/\.$/, "").toLowerCase();
  if (isIP(name.replace(/%.*$/, ""))) return checkTargetAddress(name, policy);
  if (METADATA_HOSTNAMES.includes(name)) return refuse("metadata", `${name} is a cloud metadata host name`);
  if (name === "localhost" || name.endsWith(".localhost")) return policy.allowLoopback ? ALLOWED : refuse("loopback", `${name} is loopback`);
  return ALLOWED;
}

/**
 * TARGET_ALLOWED_PRIVATE_RANGES as a BlockList: comma- or space-separated addresses or
 * CIDR ranges, each inside one of the private ranges. Problems are listed, one per entry.
 */
export function parsePrivateRanges(text: string | undefined): { ok: true; list: BlockList } | { ok: false; problems: string[] } {
  const list = new BlockList();
  const problems: string[] = [];
  for (const entry of (text ?? "").split(/[\s,]+/).filter(Boolean)) {
    const [address, prefixText, ...rest] = entry.split("/");
    const family = isIP(address);
    const max = family === 6 ? 128 : 32;
    const prefix = prefixText === undefined ? max : Number(prefixText);
    if (!family || rest.length > 0 || !/^\d*$/.test(prefixText ?? "") || prefixText === "" || prefix > max) {
      problems.push(`"${entry}" is not an IP address or CIDR range (e.g. 10.20.0.0/16)`);
      continue;
    }
    const inside = PRIVATE_RANGES.some(([base, basePrefix]) => prefix >= basePrefix && blockListOf([[base, basePrefix]]).check(address, familyOf(address)));
    if (!inside) {
      problems.push(`"${entry}" is not inside a private range (${PRIVATE_RANGES.map(([a, p]) => `${a}/${p}`).join(", ")})`);
      continue;
    }
    list.addSubnet(address, prefix, familyOf(address));
    if (family === 4) list.addSubnet(`64:ff9b::${address}`, 96 + prefix, "ipv6");
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, list };
}

export function createTargetAddressPolicy(options: { allowLoopback: boolean; allowedPrivateRanges?: string }): TargetAddressPolicy {
  const parsed = parsePrivateRanges(options.allowedPrivateRanges);
  if (!parsed.ok) throw new Error(`TARGET_ALLOWED_PRIVATE_RANGES: ${parsed.problems.join("; ")}`);
  return { allowLoopback: options.allowLoopback, allowedPrivate: parsed.list };
}

/** Loopback: ALLOW_LOOPBACK_TARGETS=true|false when set, else allowed only in development and tests. */
export function loopbackAllowed(env: Record<string, string | undefined>): boolean {
  const flag = env.ALLOW_LOOPBACK_TARGETS;
  if (flag) return flag === "true";
  return env.NODE_ENV === "development" || env.NODE_ENV === "test";
}

let cached: { key: string; policy: TargetAddressPolicy } | undefined;

/** The policy the environment sets, read on every use (tests and scripts may change it), parsed once per value. */
export function targetAddressPolicy(env: Record<string, string | undefined> = process.env): TargetAddressPolicy {
  const key = [env.NODE_ENV, env.ALLOW_LOOPBACK_TARGETS, env.TARGET_ALLOWED_PRIVATE_RANGES].join("\n");
  if (cached?.key !== key) {
    cached = { key, policy: createTargetAddressPolicy({ allowLoopback: loopbackAllowed(env), allowedPrivateRanges: env.TARGET_ALLOWED_PRIVATE_RANGES }) };
  }
  return cached.policy;
}
