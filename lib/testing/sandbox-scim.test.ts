import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { testScimConnection } from "@/lib/sync/connectors/scim/test-connection";
import { SANDBOX_TOKEN, sandboxDirectoryUrl, startSandboxScim } from "./sandbox-scim";

describe("the demo's sandbox SCIM directory", () => {
  it("serves two SCIM directories and keeps their users across restarts", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "sandbox-")), "sandbox-scim.json");
    const first = await startSandboxScim({ port: 0, file });
    const slack = sandboxDirectoryUrl(first.origin, "slack");
    const created = await fetch(`${slack}/Users`, {
      method: "POST",
      headers: { authorization: `Bearer ${SANDBOX_TOKEN}`, "content-type": "application/scim+json" },
      body: JSON.stringify({ schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"], userName: "kept@acme.test" }),
    });
    expect(created.status).toBe(201);
    await first.stop();

    const second = await startSandboxScim({ port: 0, file });
    const test = await testScimConnection({ settings: { baseUrl: sandboxDirectoryUrl(second.origin, "slack") }, secrets: { token: SANDBOX_TOKEN } });
    expect(test).toMatchObject({ ok: true, summary: { totalUsers: 1, etag: false } });
    const atlassian = await testScimConnection({ settings: { baseUrl: sandboxDirectoryUrl(second.origin, "atlassian") }, secrets: { token: SANDBOX_TOKEN } });
    expect(atlassian).toMatchObject({ ok: true, summary: { totalUsers: 0, etag: true } });
    const wrong = await testScimConnection({ settings: { baseUrl: sandboxDirectoryUrl(second.origin, "slack") }, secrets: { token: "nope" } });
    expect(wrong).toMatchObject({ ok: false, status: 401 });
    await second.stop();
  });
});
