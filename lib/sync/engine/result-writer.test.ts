import { Pool } from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { whenPoolFrees } from "./result-writer";

describe("whenPoolFrees", () => {
  // A pool of one connection that gives up waiting after 200 ms, as a busy web process's would.
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 1, connectionTimeoutMillis: 200 });
  afterAll(() => pool.end());

  it("writes again once a connection is free, when the first try only waited in vain for one", async () => {
    const held = await pool.connect();
    setTimeout(() => held.release(), 400);
    let attempts = 0;
    const result = await whenPoolFrees(async () => {
      attempts++;
      return (await pool.query("select 42 as answer")).rows[0].answer;
    }, [500]);
    expect(result).toBe(42);
    expect(attempts).toBe(2);
  });

  it("does not repeat a write the database itself refused", async () => {
    let attempts = 0;
    const failure = await whenPoolFrees(async () => {
      attempts++;
      return pool.query("select * from no_such_table");
    }, [10, 10]).catch((error: Error) => error);
    expect(String(failure)).toMatch(/no_such_table/);
    expect(attempts).toBe(1);
  });

  it("gives up after its last wait", async () => {
    const held = await pool.connect();
    let attempts = 0;
    const failure = await whenPoolFrees(async () => {
      attempts++;
      return pool.query("select 1");
    }, [10, 10]).catch((error: Error) => error);
    held.release();
    expect(String(failure)).toMatch(/timeout exceeded when trying to connect/);
    expect(attempts).toBe(3);
  });
});
