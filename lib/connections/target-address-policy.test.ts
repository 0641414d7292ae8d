import { describe, expect, it } from "vitest";
import { checkTargetAddress, checkTargetHost, createTargetAddressPolicy, loopbackAllowed, parsePrivateRanges, targetAddressPolicy } from "./target-address-policy";

const strict = createTargetAddressPolicy({ allowLoopback: false });
const open = createTargetAddressPolicy({ allowLoopback: true, allowedPrivateRanges: "10.20.0.0/16, 192.168.5.0/24 fd12:3456::/32,100.100.0.0/16" });

describe("SSRF guard: addresses", () => {
  it.each([
    ["169.254.169.254", "metadata", "169.254.169.254 is link-local (cloud metadata: AWS, GCP, Azure, OpenStack, Oracle, DigitalOcean)"],
    ["169.254.170.2", "metadata", "169.254.170.2 is link-local (cloud metadata: AWS ECS task credentials)"],
    ["100.100.100.200", "metadata", "100.100.100.200 is in a private range (cloud metadata: Alibaba Cloud)"],
    ["192.0.0.192", "metadata", "192.0.0.192 is a cloud metadata address (Oracle Cloud)"],
    ["168.63.129.16", "metadata", "168.63.129.16 is a cloud metadata address (Azure WireServer)"],
    ["fd00:ec2::254", "metadata", "fd00:ec2::254 is in a private range (cloud metadata: AWS, IPv6)"],
    ["fd20:ce::254", "metadata", "fd20:ce::254 is in a private range (cloud metadata: GCP, IPv6)"],
    ["::ffff:169.254.169.254", "metadata", "::ffff:169.254.169.254 is link-local (cloud metadata: AWS, GCP, Azure, OpenStack, Oracle, DigitalOcean)"],
    ["::ffff:a9fe:a9fe", "metadata", "::ffff:a9fe:a9fe is link-local (cloud metadata: AWS, GCP, Azure, OpenStack, Oracle, DigitalOcean)"],
    ["64:ff9b::169.254.169.254", "metadata", "64:ff9b::169.254.169.254 is link-local (cloud metadata: AWS, GCP, Azure, OpenStack, Oracle, DigitalOcean)"],
    ["169.254.10.1", "link-local", "169.254.10.1 is link-local"],
    ["fe80::1", "link-local", "fe80::1 is link-local"],
    ["fe80::1%eth0", "link-local", "fe80::1 is link-local"],
    ["::ffff:169.254.10.1", "link-local", "::ffff:169.254.10.1 is link-local"],
    ["0.0.0.0", "unspecified", "0.0.0.0 is unspecified"],
    ["::", "unspecified", ":: is unspecified"],
    ["::ffff:0.0.0.0", "unspecified", "::ffff:0.0.0.0 is unspecified"],
    ["224.0.0.251", "multicast", "224.0.0.251 is multicast"],
    ["ff02::1", "multicast", "ff02::1 is multicast"],
    ["255.255.255.255", "reserved", "255.255.255.255 is reserved (broadcast, IPv4-compatible or 6to4)"],
    ["::a9fe:a9fe", "reserved", "::a9fe:a9fe is reserved (broadcast, IPv4-compatible or 6to4)"],
    ["2002:a9fe:a9fe::1", "reserved", "2002:a9fe:a9fe::1 is reserved (broadcast, IPv4-compatible or 6to4)"],
    ["not-an-address", "reserved", "not-an-address is not an IP address"],
  ])("%s is always refused (%s)", (address, category, reason) => {
    expect(checkTargetAddress(address, strict)).toEqual({ allowed: false, category, reason });
    expect(checkTargetAddress(address, open)).toEqual({ allowed: false, category, reason });
  });

  it.each(["10.0.0.1", "10.20.3.4", "172.16.0.1", "172.31.255.255", "192.168.5.7", "100.64.0.1", "100.127.255.254", "fc00::1", "fd12:3456::9", "fec0::1", "::ffff:10.20.3.4", "64:ff9b::10.20.3.4"])(
    "%s (private) is refused without an allow-list",
    (address) => {
      expect(checkTargetAddress(address, strict)).toMatchObject({ allowed: false, category: "private", reason: `${address} is in a private range and not in TARGET_ALLOWED_PRIVATE_RANGES` });
    },
  );

  it("the allow-list opens exactly its ranges, IPv4-mapped and NAT64 forms included, never a metadata address", () => {
    for (const address of ["10.20.0.1", "10.20.255.254", "192.168.5.7", "fd12:3456::9", "::ffff:10.20.3.4", "64:ff9b::10.20.3.4", "100.100.1.1"]) {
      expect(checkTargetAddress(address, open), address).toEqual({ allowed: true });
    }
    for (const address of ["10.21.0.1", "192.168.6.1", "172.16.0.1", "fd12:3457::1", "100.64.0.1"]) {
      expect(checkTargetAddress(address, open), address).toMatchObject({ allowed: false, category: "private" });
    }
    expect(checkTargetAddress("100.100.100.200", open)).toMatchObject({ allowed: false, category: "metadata" });
  });

  it.each(["127.0.0.1", "127.8.9.10", "::1", "::ffff:127.0.0.1"])("%s (loopback) is refused unless loopback is allowed", (address) => {
    expect(checkTargetAddress(address, strict)).toEqual({ allowed: false, category: "loopback", reason: `${address} is loopback` });
    expect(checkTargetAddress(address, open)).toEqual({ allowed: true });
  });

  it.each(["8.8.8.8", "93.184.215.14", "172.32.0.1", "100.128.0.1", "2606:4700:4700::1111", "::ffff:8.8.8.8", "64:ff9b::8.8.8.8"])("%s (public) is allowed", (address) => {
    expect(checkTargetAddress(address, strict)).toEqual({ allowed: true });
  });
});

describe("SSRF guard: host names", () => {
  it.each(["metadata.google.internal", "METADATA.google.internal.", "metadata.goog", "metadata", "instance-data.ec2.internal"])("%s is a metadata host name, always refused", (host) => {
    expect(checkTargetHost(host, open)).toMatchObject({ allowed: false, category: "metadata" });
  });
  it("localhost and *.localhost follow the loopback setting; IP literals in URL form are checked as addresses", () => {
    for (const host of ["localhost", "LOCALHOST.", "scim.localhost"]) {
      expect(checkTargetHost(host, strict), host).toMatchObject({ allowed: false, category: "loopback" });
      expect(checkTargetHost(host, open), host).toEqual({ allowed: true });
    }
    expect(checkTargetHost("[::ffff:a9fe:a9fe]", open)).toMatchObject({ allowed: false, category: "metadata" });
    expect(checkTargetHost("[::1]", strict)).toMatchObject({ allowed: false, category: "loopback" });
  });
  it("other names are left to the check at connect time", () => {
    expect(checkTargetHost("scim.example.com", strict)).toEqual({ allowed: true });
    expect(checkTargetHost("metadata.example.com", strict)).toEqual({ allowed: true });
  });
});

describe("SSRF guard: settings", () => {
  it("loopback: allowed in development and tests unless ALLOW_LOOPBACK_TARGETS says otherwise", () => {
    expect(loopbackAllowed({ NODE_ENV: "production" })).toBe(false);
    expect(loopbackAllowed({})).toBe(false);
    expect(loopbackAllowed({ NODE_ENV: "development" })).toBe(true);
    expect(loopbackAllowed({ NODE_ENV: "test" })).toBe(true);
    expect(loopbackAllowed({ NODE_ENV: "production", ALLOW_LOOPBACK_TARGETS: "true" })).toBe(true);
    expect(loopbackAllowed({ NODE_ENV: "test", ALLOW_LOOPBACK_TARGETS: "false" })).toBe(false);
  });

  it("reads the policy from the environment, again when it changes", () => {
    const production = targetAddressPolicy({ NODE_ENV: "production" });
    expect(checkTargetAddress("127.0.0.1", production).allowed).toBe(false);
    expect(checkTargetAddress("10.20.0.1", production).allowed).toBe(false);
    const allowed = targetAddressPolicy({ NODE_ENV: "production", ALLOW_LOOPBACK_TARGETS: "true", TARGET_ALLOWED_PRIVATE_RANGES: "10.20.0.0/16" });
    expect(checkTargetAddress("127.0.0.1", allowed).allowed).toBe(true);
    expect(checkTargetAddress("10.20.0.1", allowed).allowed).toBe(true);
    expect(() => targetAddressPolicy({ TARGET_ALLOWED_PRIVATE_RANGES: "8.8.8.0/24" })).toThrow(/TARGET_ALLOWED_PRIVATE_RANGES: "8.8.8.0\/24" is not inside a private range/);
  });

  it("the allow-list takes addresses and CIDR ranges inside private ranges only, naming each bad entry", () => {
    expect(parsePrivateRanges("10.20.0.0/16,192.168.5.0/24  fd00::/8 10.1.2.3").ok).toBe(true);
    expect(parsePrivateRanges(undefined).ok).toBe(true);
    expect(parsePrivateRanges("10.20.0.0/16,169.254.0.0/16,10.0.0.0/7,10.0.0.0/33,bogus,10.0.0.0/,127.0.0.0/8")).toEqual({
      ok: false,
      problems: [
        '"169.254.0.0/16" is not inside a private range (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, 100.64.0.0/10, fc00::/7, fec0::/10)',
        '"10.0.0.0/7" is not inside a private range (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, 100.64.0.0/10, fc00::/7, fec0::/10)',
        '"10.0.0.0/33" is not an IP address or CIDR range (e.g. 10.20.0.0/16)',
        '"bogus" is not an IP address or CIDR range (e.g. 10.20.0.0/16)',
        '"10.0.0.0/" is not an IP address or CIDR range (e.g. 10.20.0.0/16)',
        '"127.0.0.0/8" is not inside a private range (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, 100.64.0.0/10, fc00::/7, fec0::/10)',
      ],
    });
  });
});
