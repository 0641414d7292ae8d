import { describe, expect, it } from "vitest";
import { scimConflictExchange } from "./testing/fixtures";
import { formatBody, redactExchange } from "./redact-exchange";
import { toCurl } from "./to-curl";

describe("toCurl", () => {
  it("replays the request with the Authorization value redacted, even if the stored exchange held the token", () => {
    const curl = toCurl(scimConflictExchange("anna@acme.test", { token: "live-secret-token-123" }))!;
    expect(curl).toContain("curl -X POST 'https://scim.example.test/scim/v2/Users'");
    expect(curl).toContain("-H 'Authorization: Bearer <redacted>'");
    expect(curl).toContain("-H 'content-type: application/scim+json'");
    expect(curl).toContain(`"userName":"anna@acme.test"`);
    expect(curl).not.toContain("live-secret-token-123");
  });

  it("keeps Basic as the scheme, quotes single quotes for the shell, and redacts secret body fields", () => {
    const curl = toCurl({
      request: { method: "put", url: "https://x.test/u?api_key=abc123", headers: { Authorization: "Basic dXNlcjpwYXNz" }, body: { name: "O'Brien", password: "hunter2" } },
    })!;
    expect(curl).toContain("-H 'Authorization: Basic <redacted>'");
    expect(curl).toContain("curl -X PUT 'https://x.test/u?api_key=[redacted]'");
    expect(curl).toContain(`O'\\''Brien`);
    expect(curl).not.toContain("hunter2");
    expect(curl).not.toContain("dXNlcjpwYXNz");
    expect(curl).not.toContain("abc123");
  });

  it("returns null without a request", () => {
    expect(toCurl(null)).toBeNull();
    expect(toCurl({ response: { status: 500 } })).toBeNull();
  });
});

describe("redactExchange", () => {
  it("redacts secret headers, secret fields (also inside JSON text) and bearer tokens in text, keeps the rest", () => {
    const safe = redactExchange({
      request: { method: "POST", url: "https://user:pw@x.test/hook", headers: { "X-Api-Key": "k1", Accept: "application/json" }, body: '{"token":"t1","name":"Ana"}' },
      response: { status: 401, headers: { "set-cookie": "sid=1" }, body: "invalid Bearer eyJhbGciOi.J9.abc-def; Bearer token rejected" },
    })!;
    expect(safe.request!.headers).toEqual({ "X-Api-Key": "[redacted]", Accept: "application/json" });
    expect(safe.request!.url).toBe("https://[redacted]:[redacted]@x.test/hook");
    expect(JSON.parse(safe.request!.body as string)).toEqual({ token: "[redacted]", name: "Ana" });
    expect(safe.response).toEqual({ status: 401, headers: { "set-cookie": "[redacted]" }, body: "invalid Bearer [redacted]; Bearer token rejected" });
  });

  it("formats JSON bodies for reading", () => {
    expect(formatBody({ a: 1 })).toBe('{\n  "a": 1\n}');
    expect(formatBody('{"a":1}')).toBe('{\n  "a": 1\n}');
    expect(formatBody("plain")).toBe("plain");
    expect(formatBody(undefined)).toBe("");
  });
});
