import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createOrganization, createUser } from "@/lib/testing/factories";
import { authOptions } from "./options";
import { hashPassword } from "./password";

type Authorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown>;
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;

describe("sign-in throttling (counters in PostgreSQL)", () => {
  it("refuses even the right password after 10 failures for one email, with a clear reason", async () => {
    const org = await createOrganization();
    const user = await createUser(org, [], { passwordHash: await hashPassword("right-password") });
    const req = { headers: { "x-forwarded-for": `10.0.0.${Math.floor(Math.random() * 200)}` } };
    expect(await authorize({ email: user.email, password: "right-password" }, req)).toMatchObject({ id: user.id });
    for (let i = 0; i < 10; i++) expect(await authorize({ email: user.email, password: "wrong" }, req)).toBeNull();
    await expect(authorize({ email: user.email, password: "right-password" }, req)).rejects.toThrow("throttled");
    // another account from the same address still signs in
    const other = await createUser(org, [], { passwordHash: await hashPassword("pw-2"), email: `${randomUUID().slice(0, 8)}@x.test` });
    expect(await authorize({ email: other.email, password: "pw-2" }, req)).toMatchObject({ id: other.id });
  });

  it("returns nothing for malformed input", async () => {
    expect(await authorize({ email: "not-an-email", password: "x" }, { headers: {} })).toBeNull();
  });
});
