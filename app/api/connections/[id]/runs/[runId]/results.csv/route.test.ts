import { beforeAll, describe, expect, it } from "vitest";
import type { Connection, SyncRun } from "@/db/schema";
import { createConnection, createResults, createRun } from "@/lib/monitoring/testing/fixtures";
import { createEmployee, createOrganization, createUser, HR_ADMIN_RIGHTS, SUPPORT_RIGHTS } from "@/lib/testing/factories";
import { signInAs } from "@/lib/testing/session";
import { GET } from "./route";

/** Parses RFC 4180 CSV (quoted fields with doubled quotes, CRLF records). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") endCell();
    else if (c === "\r" && text[i + 1] === "\n") {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else cell += c;
  }
  return rows;
}

describe("GET results.csv", () => {
  let connection: Connection;
  let run: SyncRun;
  let support: Awaited<ReturnType<typeof createUser>>;

  beforeAll(async () => {
    const org = await createOrganization();
    support = await createUser(org, SUPPORT_RIGHTS);
    connection = await createConnection(org.id);
    run = await createRun(connection, { status: "partially_succeeded" });
    const evil = await createEmployee(org, { firstName: "=cmd|' /C calc'!A0", lastName: "Zed, Jr.", email: "@evil@x.test" });
    const people = [evil];
    for (let i = 0; i < 25; i++) people.push(await createEmployee(org, { firstName: "Anna", lastName: `Example${String(i).padStart(2, "0")}` }));
    await createResults(run, [
      { employeeId: evil.id, operation: "provision", status: "failed", errorCode: "scim.uniqueness", message: '+SUM(1,2) "quoted"\nsecond line' },
      ...people.slice(1).map((p, i) => ({ employeeId: p.id, operation: "update" as const, status: (i % 5 === 0 ? "failed" : "succeeded") as "failed" | "succeeded", message: i % 5 === 0 ? "-1 too low" : "" })),
    ]);
  });

  const call = (runId: string, query = "", connectionId = connection.id) =>
    GET(new Request(`http://localhost/api/connections/${connectionId}/runs/${runId}/results.csv${query}`), { params: Promise.resolve({ id: connectionId, runId }) });

  it("streams every row with formula cells neutralised and RFC 4180 quoting, in keyset batches", async () => {
    signInAs(support);
    const res = await call(run.id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="sync-results-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}\.csv"$/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM, so spreadsheets read umlauts right
    const text = new TextDecoder().decode(bytes); // drops the BOM
    expect(text.startsWith("Sync date,Employee ID,Name,Email,Use case,Status,Error code,Message\r\n")).toBe(true);
    const rows = parseCsv(text);
    expect(rows).toHaveLength(27);
    const evil = rows.find((r) => r[2].includes("calc"))!;
    expect(evil[2]).toBe("'=cmd|' /C calc'!A0 Zed, Jr.");
    expect(evil[3]).toBe("'@evil@x.test");
    expect(evil[4]).toBe("Provisioning");
    expect(evil[5]).toBe("failed");
    expect(evil[7]).toBe(`'+SUM(1,2) "quoted"\nsecond line`);
    expect(rows.filter((r) => r[7] === "'-1 too low")).toHaveLength(5);
    expect(text).toContain(`"'+SUM(1,2) ""quoted""\nsecond line"`);
  });

  it("applies the page's filters and the user's language", async () => {
    signInAs(support, "de");
    const rows = parseCsv(await (await call(run.id, "?status=failed&sort=number")).text());
    expect(rows[0][0]).toBe("Synchronisierungsdatum");
    expect(rows).toHaveLength(1 + 6);
    expect(rows.slice(1).every((r) => r[5] === "fehlgeschlagen")).toBe(true);
    const numbers = rows.slice(1).map((r) => Number(r[1]));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  });

  it("is 404 for another company's run, a foreign connection and malformed ids; 401 and 403 for the wrong caller", async () => {
    const otherOrg = await createOrganization();
    signInAs(await createUser(otherOrg, HR_ADMIN_RIGHTS));
    expect((await call(run.id)).status).toBe(404);
    const own = await createRun(await createConnection(otherOrg.id));
    expect((await call(own.id)).status).toBe(404); // own run, but under the other company's connection id
    expect((await call("not-a-uuid")).status).toBe(404);
    signInAs(null);
    expect((await call(run.id)).status).toBe(401);
    signInAs(await createUser(otherOrg, []));
    expect((await call(run.id)).status).toBe(403);
  });
});
