import { describe, expect, it } from "vitest";
import deValidation from "@/lib/i18n/messages/de/validation.json";
import enValidation from "@/lib/i18n/messages/en/validation.json";
import { createTargetAddressPolicy } from "./target-address-policy";
import { validateTargetUrl } from "./validate-target-url";

const production = createTargetAddressPolicy({ allowLoopback: false });
const allowing = createTargetAddressPolicy({ allowLoopback: true, allowedPrivateRanges: "10.20.0.0/16" });

describe("validateTargetUrl", () => {
  it.each([
    ["not a url", "invalid"],
    ["ftp://scim.example.com/v2", "protocol"],
    ["https://user:pw@scim.example.com/v2", "credentials"],
    ["https://scim.example.com/v2#users", "fragment"],
    ["http://169.254.169.254/latest/meta-data", "blocked"],
    ["http://[::ffff:169.254.169.254]/", "blocked"],
    ["http://0xa9.0xfe.0xa9.0xfe/", "blocked"],
    ["http://metadata.google.internal/computeMetadata/v1", "blocked"],
    ["http://[fe80::1]/scim", "blocked"],
    ["http://0.0.0.0:8080/scim", "blocked"],
    ["http://224.0.0.1/", "blocked"],
    ["http://10.20.0.5/scim/v2", "private"],
    ["https://192.168.1.10/scim/v2", "private"],
    ["https://[fd00::5]/scim/v2", "private"],
    ["http://127.0.0.1:3901/scim/v2", "private"],
    ["http://localhost:3901/scim/v2", "private"],
    ["http://[::1]/scim/v2", "private"],
  ])("%s: %s", (url, problem) => {
    expect(validateTargetUrl(url, production)).toMatchObject({ ok: false, problem });
  });

  it("says why an address is refused", () => {
    expect(validateTargetUrl("http://169.254.169.254/", production)).toEqual({
      ok: false,
      problem: "blocked",
      reason: "169.254.169.254 is link-local (cloud metadata: AWS, GCP, Azure, OpenStack, Oracle, DigitalOcean)",
    });
  });

  it("accepts public URLs, allowed private ranges and loopback where allowed", () => {
    expect(validateTargetUrl(" https://scim.example.com/v2 ", production)).toEqual({ ok: true, url: "https://scim.example.com/v2" });
    expect(validateTargetUrl("https://93.184.215.14/scim", production)).toMatchObject({ ok: true });
    expect(validateTargetUrl("http://10.20.0.5/scim/v2", allowing)).toMatchObject({ ok: true });
    expect(validateTargetUrl("http://10.21.0.5/scim/v2", allowing)).toMatchObject({ ok: false, problem: "private" });
    expect(validateTargetUrl("http://127.0.0.1:3901/scim/v2", allowing)).toMatchObject({ ok: true });
    expect(validateTargetUrl("http://169.254.169.254/", allowing)).toMatchObject({ ok: false, problem: "blocked" });
  });

  it("every problem has words beside the field in English and German", () => {
    for (const problem of ["invalid", "protocol", "credentials", "fragment", "blocked", "private"]) {
      for (const messages of [enValidation, deValidation]) expect(messages, problem).toHaveProperty(`targetUrl_${problem}`, expect.any(String));
    }
  });
});
