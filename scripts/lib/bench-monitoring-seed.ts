import { eq, sql } from "drizzle-orm";
import type { Database } from "../../db";
import { connections, integrations, organizations } from "../../db/schema";

export type BenchData = { organizationId: string; connectionId: string; bigRunId: string; retryRunId: string };

const FIRST = ["Anna", "Ben", "Clara", "David", "Elif", "Felix", "Greta", "Hannah", "Ida", "Jonas", "Karin", "Lukas", "Marie", "Noah", "Olga", "Paul", "Quinn", "Rosa", "Sven", "Tara", "Uwe", "Vera", "Wim", "Xenia", "Yusuf", "Zoe", "Lena", "Tom", "Mia", "Emil"];
const LAST = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Braun", "Zimmermann", "Krüger", "Hartmann", "Lange", "Werner", "Krause", "Lehmann", "Köhler", "Maier", "Jansen", "De Vries", "Dubois", "Rossi", "García", "Nowak", "Kowalski", "Novák", "Horvat", "Nielsen", "Andersson", "Virtanen", "Papadopoulos"];

/**
 * The benchmark's data, written with set-based SQL: one company with 100,000
 * employees, one connection with 2,000 runs every 30 minutes, and the newest
 * partially successful run holding one result row per employee, 10% failed
 * (with realistic SCIM exchanges), timestamps tied in groups of ten. `history`
 * earlier runs get a full set of rows too (fewer failures), so the table holds
 * other runs' rows as it would in production, and a retry run holds 12 rows.
 */
export async function seedBenchData(db: Database, options: { employees: number; runs: number; history: number }): Promise<BenchData> {
  const [integration] = await db.select({ id: integrations.id }).from(integrations).where(eq(integrations.slug, "scim-generic"));
  const [org] = await db.insert(organizations).values({ slug: `bench-${Date.now()}`, name: "Bench GmbH", kind: "customer" }).returning();
  const organizationId = org.id;
  const first = `{${FIRST.map((n) => `"${n}"`).join(",")}}`;
  const last = `{${LAST.map((n) => `"${n}"`).join(",")}}`;
  await db.execute(sql`
    insert into employees (organization_id, employee_number, first_name, last_name, email, hire_date, department)
    select ${organizationId}::uuid, i,
      (${first}::text[])[1 + abs(hashtext('f' || i)) % ${FIRST.length}],
      (${last}::text[])[1 + abs(hashtext('l' || i)) % ${LAST.length}]
        || case when abs(hashtext('d' || i)) % 3 = 0 then '' else '-' || (${last}::text[])[1 + abs(hashtext('m' || i)) % ${LAST.length}] end,
      'person' || i || '@bench.test', date '2020-01-01' + (i % 1500), 'Dept ' || (i % 12)
    from generate_series(1, ${options.employees}) as i`);
  const [connection] = await db
    .insert(connections)
    .values({ organizationId, integrationId: integration.id, status: "connected", settings: { baseUrl: "https://scim.bench.test/scim/v2" } })
    .returning({ id: connections.id });
  const connectionId = connection.id;
  await db.execute(sql`
    insert into sync_runs (organization_id, connection_id, trigger, status, started_at, finished_at, counts, error)
    select ${organizationId}::uuid, ${connectionId}::uuid,
      (case when i % 17 = 0 then 'manual' when i % 11 = 0 then 'employee_change' else 'schedule' end)::sync_trigger,
      (case when i % 23 = 0 then 'failed' when i % 7 = 0 then 'partially_succeeded' else 'succeeded' end)::sync_run_status,
      now() - make_interval(mins => 30 * (${options.runs} - i) + 60),
      now() - make_interval(mins => 30 * (${options.runs} - i) + 60) + make_interval(secs => 20 + i % 90),
      jsonb_build_object('total', 100000, 'provisioned', i % 5, 'updated', 40 + i % 60, 'deactivated', i % 3, 'linked', 0,
        'skipped', 99900, 'failed', case when i % 7 = 0 then 12 else 0 end),
      case when i % 23 = 0 then 'The target answered 401 Unauthorized: the token was rejected.' end
    from generate_series(1, ${options.runs - 1}) as i`);
  // other tenants' connections and runs, so sync_runs is not just this connection
  await db.execute(sql`
    with orgs as (
      insert into organizations (slug, name, kind) select 'bench-other-' || g || '-' || ${organizationId}, 'Other ' || g, 'customer' from generate_series(1, 20) g returning id
    ), conns as (
      insert into connections (organization_id, integration_id, status) select id, ${integration.id}::uuid, 'connected' from orgs returning id, organization_id
    )
    insert into sync_runs (organization_id, connection_id, trigger, status, started_at, finished_at)
    select c.organization_id, c.id, 'schedule', 'succeeded', now() - make_interval(mins => 30 * i), now() - make_interval(mins => 30 * i) + interval '20 seconds'
    from conns c cross join generate_series(1, 1000) i`);
  const failed = Math.round(options.employees / 10);
  const [big] = (
    await db.execute<{ id: string }>(sql`
      insert into sync_runs (organization_id, connection_id, trigger, status, started_at, finished_at, counts)
      values (${organizationId}::uuid, ${connectionId}::uuid, 'schedule', 'partially_succeeded', now() - interval '40 minutes', now() - interval '10 minutes',
        jsonb_build_object('total', ${options.employees}::int, 'provisioned', 20000, 'updated', 50000, 'deactivated', 5000, 'linked', 5000, 'skipped', ${options.employees - 80000 - failed}::int, 'failed', ${failed}::int))
      returning id`)
  ).rows;
  await db.execute(sql`
    insert into sync_results (organization_id, run_id, connection_id, employee_id, operation, status, message, error_code, exchange, attempts, duration_ms, created_at)
    select ${organizationId}::uuid, ${big.id}::uuid, ${connectionId}::uuid, e.id,
      (case when e.employee_number % 10 in (1, 2) then 'provision' when e.employee_number % 10 in (3, 4, 5, 6, 7) then 'update'
            when e.employee_number % 20 = 8 then 'deactivate' when e.employee_number % 20 = 18 then 'link'
            when e.employee_number % 10 = 0 then 'provision' end)::sync_operation,
      (case when e.employee_number % 10 = 0 then 'failed' when e.employee_number % 10 = 9 then 'skipped' else 'succeeded' end)::sync_result_status,
      case when e.employee_number % 10 = 0 then
        case when (e.employee_number / 10) % 20 < 12 then 'userName ' || e.email || ' already exists'
             when (e.employee_number / 10) % 20 < 16 then 'The employee has no work email'
             when (e.employee_number / 10) % 20 < 19 then 'Attribute ''title'' has an invalid value'
             else 'Too many requests' end
      else '' end,
      case when e.employee_number % 10 = 0 then
        case when (e.employee_number / 10) % 20 < 12 then 'scim.uniqueness' when (e.employee_number / 10) % 20 < 16 then 'validation.missing_email'
             when (e.employee_number / 10) % 20 < 19 then 'http.400.invalidValue' else 'http.429' end
      end,
      case when e.employee_number % 10 = 0 then jsonb_build_object(
        'request', jsonb_build_object('method', 'POST', 'url', 'https://scim.bench.test/scim/v2/Users',
          'headers', jsonb_build_object('authorization', '[redacted]', 'content-type', 'application/scim+json'),
          'body', jsonb_build_object('schemas', jsonb_build_array('urn:ietf:params:scim:schemas:core:2.0:User'), 'userName', e.email,
            'name', jsonb_build_object('givenName', e.first_name, 'familyName', e.last_name), 'active', true)),
        'response', jsonb_build_object('status', 409, 'headers', jsonb_build_object('content-type', 'application/scim+json'),
          'body', jsonb_build_object('schemas', jsonb_build_array('urn:ietf:params:scim:api:messages:2.0:Error'), 'status', '409',
            'scimType', 'uniqueness', 'detail', 'userName ' || e.email || ' already exists')))
      end,
      1 + (e.employee_number % 10 = 0)::int * 2, 40 + e.employee_number % 300,
      now() - interval '40 minutes' + make_interval(secs => (e.employee_number / 10) * 0.01)
    from employees e where e.organization_id = ${organizationId}::uuid`);
  await db.execute(sql`
    insert into sync_results (organization_id, run_id, connection_id, employee_id, operation, status, message, error_code, exchange, attempts, duration_ms, created_at)
    select r.organization_id, h.id, r.connection_id, r.employee_id, r.operation, flip.status,
      case when flip.status = 'failed' then r.message else '' end,
      case when flip.status = 'failed' then r.error_code end,
      case when flip.status = 'failed' then r.exchange end,
      r.attempts, r.duration_ms, h.started_at + (r.created_at - (now() - interval '40 minutes'))
    from sync_results r
    cross join (select id, started_at from sync_runs where connection_id = ${connectionId}::uuid and id <> ${big.id}::uuid order by started_at desc limit ${options.history}) h
    cross join lateral (select case when r.status = 'failed' and abs(hashtext(h.id::text || r.id::text)) % 4 <> 0 then 'succeeded'::sync_result_status else r.status end as status) flip
    where r.run_id = ${big.id}::uuid`);
  const [retry] = (
    await db.execute<{ id: string }>(sql`
      insert into sync_runs (organization_id, connection_id, trigger, status, started_at, finished_at, counts, retry_of_run_id)
      values (${organizationId}::uuid, ${connectionId}::uuid, 'retry', 'succeeded', now() - interval '5 minutes', now() - interval '4 minutes',
        '{"total":12,"provisioned":12,"updated":0,"deactivated":0,"linked":0,"skipped":0,"failed":0}', ${big.id}::uuid)
      returning id`)
  ).rows;
  await db.execute(sql`
    insert into sync_results (organization_id, run_id, connection_id, employee_id, operation, status, message, created_at)
    select organization_id, ${retry.id}::uuid, connection_id, employee_id, 'provision', 'succeeded', '', now() - interval '5 minutes'
    from sync_results where run_id = ${big.id}::uuid and status = 'failed' order by id limit 12`);
  await db.execute(sql`vacuum analyze employees`);
  await db.execute(sql`vacuum analyze sync_runs`);
  await db.execute(sql`vacuum analyze sync_results`);
  return { organizationId, connectionId, bigRunId: big.id, retryRunId: retry.id };
}
