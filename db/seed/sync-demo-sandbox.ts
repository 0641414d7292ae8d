import type { Employee } from "../schema";
import { SANDBOX_DIRECTORIES, SANDBOX_TOKEN, sandboxDirectoryUrl, type SandboxDirectory } from "../../lib/testing/sandbox-scim";

const CORE = "urn:ietf:params:scim:schemas:core:2.0:User";
const headers = { authorization: `Bearer ${SANDBOX_TOKEN}`, "content-type": "application/scim+json" };

async function scim(url: string, init: RequestInit = {}): Promise<Response> {
  const res = await fetch(url, { ...init, headers });
  if (res.status >= 400) throw new Error(`sandbox ${init.method ?? "GET"} ${url}: ${res.status} ${await res.text()}`);
  return res;
}

/** Empties a sandbox directory over SCIM (a fresh demo starts from a known target). */
async function emptyDirectory(base: string): Promise<void> {
  for (;;) {
    const list = (await (await scim(`${base}/Users?startIndex=1&count=200`)).json()) as { Resources?: { id: string }[] };
    if (!list.Resources?.length) return;
    for (const user of list.Resources) await scim(`${base}/Users/${user.id}`, { method: "DELETE" });
  }
}

const create = (base: string, body: Record<string, unknown>) => scim(`${base}/Users`, { method: "POST", body: JSON.stringify({ schemas: [CORE], active: true, ...body }) });

/**
 * The accounts Slack already had before Acme connected it: three people who match by
 * userName (linked on the first run), two old accounts sharing one person's work email
 * (duplicate accounts: not linked), and an account with another person's externalId
 * (a conflict: not linked). All created through the sandbox's SCIM API.
 */
export async function prepareSandbox(origin: string, people: Employee[]): Promise<void> {
  for (const directory of Object.keys(SANDBOX_DIRECTORIES) as SandboxDirectory[]) await emptyDirectory(sandboxDirectoryUrl(origin, directory));
  const slack = sandboxDirectoryUrl(origin, "slack");
  for (const p of people.slice(30, 33)) {
    await create(slack, { userName: p.email, name: { givenName: p.firstName, familyName: p.lastName }, title: "Member", emails: [{ type: "work", value: p.email, primary: true }] });
  }
  const duplicate = people[40];
  const local = duplicate.email.split("@")[0];
  for (const userName of [`${local}.old@legacy.acme.test`, `${local}@contractors.acme.test`]) {
    await create(slack, { userName, name: { givenName: duplicate.firstName, familyName: duplicate.lastName }, emails: [{ type: "work", value: duplicate.email }] });
  }
  const taken = people[41];
  await create(slack, { userName: taken.email, externalId: "legacy-hr-4711", displayName: "Former employee (legacy HR id 4711)", emails: [{ type: "work", value: taken.email }] });
}
