import { beforeAll, describe, expect, it } from "vitest";
import { createEmployee, createOrganization } from "@/lib/testing/factories";
import { resultsCsvStream, type CsvLabels } from "./export-results-csv";
import { createConnection, createResults, createRun } from "./testing/fixtures";

const labels: CsvLabels = {
  headers: ["date", "id", "name", "email", "use", "status", "code", "message"],
  operation: (o) => o,
  status: (s) => s,
};

describe("resultsCsvStream", () => {
  let organizationId: string;
  let runId: string;

  beforeAll(async () => {
    const org = await createOrganization();
    organizationId = org.id;
    const connection = await createConnection(org.id);
    const run = await createRun(connection);
    runId = run.id;
    const people = [];
    for (let i = 0; i < 10; i++) people.push(await createEmployee(org, { lastName: `Row${i}` }));
    await createResults(run, people.map((p, i) => ({ employeeId: p.id, status: "succeeded" as const, operation: "update" as const, message: `m${i}` })));
  });

  it("reads one keyset batch per pull and writes every row once, in the page's order", async () => {
    const reader = resultsCsvStream({ organizationId, runId, filters: { sort: "name" }, labels, batchSize: 4 }).getReader();
    const chunks: string[] = [];
    const decoder = new TextDecoder();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(decoder.decode(value));
    }
    expect(chunks).toHaveLength(3); // 4 + 4 + 2 rows; the header rides with the first
    const lines = chunks.join("").split("\r\n").filter(Boolean);
    expect(lines).toHaveLength(11);
    expect(lines.slice(1).map((l) => l.split(",")[7])).toEqual(["m0", "m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "m9"]);
  });

  it("writes only the header when nothing matches", async () => {
    const bytes = await new Response(resultsCsvStream({ organizationId, runId, filters: { sort: "name", status: "failed" }, labels })).arrayBuffer();
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes)).toBe("\uFEFFdate,id,name,email,use,status,code,message\r\n");
  });
});
