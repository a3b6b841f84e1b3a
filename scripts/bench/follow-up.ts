import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client } from 'pg';
import { Clock, DAY_MS } from '../../apps/api/src/common/clock/clock';
import { CheckInsService } from '../../apps/api/src/modules/check-ins/check-ins.service';
import type { AlarmAccount } from './load-data';
import { formatCount } from './progress';

/** What a check of a scenario's writes found: lines for the report, and whether they hold. */
export interface CheckResult {
  ok: boolean;
  lines: string[];
}

/** Takes a snapshot before a scenario runs; the function it returns checks what changed since. */
export type WriteCheck = (databaseUrl: string) => Promise<() => Promise<CheckResult>>;

/**
 * The scheduled check-in scan, called on the API's own CheckInsService as its worker calls it
 * (in the API's process, batches of 500, each one transaction), with what it wrote besides.
 */
export async function scanCheckIns(app: NestFastifyApplication, databaseUrl: string): Promise<{ detail: string; note: string }> {
  const before = await writtenSoFar(databaseUrl);
  const result = await app.get(CheckInsService).scan();
  const after = await writtenSoFar(databaseUrl);
  return {
    detail: `${formatCount(result.due)} due, ${formatCount(result.reminders)} reminded, ${formatCount(result.missed)} missed`,
    note:
      `${formatCount(result.due)} check-ins fell due (${formatCount(result.reminders)} reminders to survivors with an account), ` +
      `${formatCount(result.missed)} were missed (${formatCount(after.flags - before.flags)} flags opened, ` +
      `${formatCount(after.emails - before.emails)} emails queued in all)`,
  };
}

/**
 * The scan after a week in which it did not run and nobody answered: the API's clock moved a
 * week on for the call (as the API's tests move it), then back. A week of check-ins falls due and
 * everything still due from the last week is missed at once.
 */
export async function scanAfterAWeek(app: NestFastifyApplication, databaseUrl: string): Promise<{ detail: string; note: string }> {
  const clock = app.get(Clock);
  const original = clock.now;
  clock.now = () => new Date(original.call(clock).getTime() + 7 * DAY_MS);
  try {
    return await scanCheckIns(app, databaseUrl);
  } finally {
    clock.now = original;
  }
}

async function writtenSoFar(databaseUrl: string): Promise<{ flags: number; emails: number }> {
  return withClient(databaseUrl, async (client) => {
    const { rows } = await client.query(`SELECT (SELECT count(*) FROM flags)::int AS flags, (SELECT count(*) FROM outbound_emails)::int AS emails`);
    return rows[0];
  });
}

/**
 * That every alarm pressed (the warm-up's too) left what the issue asks for, committed with the
 * 202: the survivor has exactly one unresolved flag, critical, and one alarm signal; their
 * caseworker has one new outbound email per alarm of their survivors, each with its pg-boss job.
 */
export function alarmCheck(accounts: readonly AlarmAccount[]): WriteCheck {
  const survivorIds = accounts.map((account) => account.survivorId);
  const caseworkers = [...new Set(accounts.map((account) => account.caseworkerEmail))];
  const emailIds = (client: Client) =>
    client.query<{ id: string }>(`SELECT id FROM outbound_emails WHERE to_address = ANY($1)`, [caseworkers]).then(({ rows }) => new Set(rows.map((row) => row.id)));

  return async (databaseUrl) => {
    const before = await withClient(databaseUrl, emailIds);
    return () =>
      withClient(databaseUrl, async (client) => {
        const problems: string[] = [];
        const flags = await client.query<{ survivor_id: string; unresolved: number; critical: number; alarms: number }>(
          `SELECT s.id AS survivor_id,
                  (SELECT count(*) FROM flags f WHERE f.survivor_id = s.id AND f.status <> 'resolved')::int AS unresolved,
                  (SELECT count(*) FROM flags f WHERE f.survivor_id = s.id AND f.status <> 'resolved' AND f.level = 'critical')::int AS critical,
                  (SELECT count(*) FROM risk_signals r WHERE r.survivor_id = s.id AND r.type = 'alarm')::int AS alarms
             FROM unnest($1::uuid[]) AS s(id)`,
          [survivorIds],
        );
        const wrong = flags.rows.filter((row) => row.unresolved !== 1 || row.critical !== 1 || row.alarms !== 1);
        if (wrong.length > 0) {
          problems.push(`${wrong.length} of ${accounts.length} survivors do not have exactly one unresolved critical flag and one alarm signal, e.g. ${JSON.stringify(wrong[0])}`);
        }

        const after = await client.query<{ id: string; to_address: string }>(`SELECT id, to_address FROM outbound_emails WHERE to_address = ANY($1)`, [caseworkers]);
        const fresh = after.rows.filter((row) => !before.has(row.id));
        const expected = new Map<string, number>();
        for (const account of accounts) expected.set(account.caseworkerEmail, (expected.get(account.caseworkerEmail) ?? 0) + 1);
        const got = new Map<string, number>();
        for (const row of fresh) got.set(row.to_address, (got.get(row.to_address) ?? 0) + 1);
        const mismatched = caseworkers.filter((email) => (got.get(email) ?? 0) !== expected.get(email));
        if (mismatched.length > 0) {
          problems.push(`new outbound_emails rows differ from one per alarm for ${mismatched.map((email) => `${email} (${got.get(email) ?? 0}, expected ${expected.get(email)})`).join(', ')}`);
        }
        const jobs = await client.query<{ count: number }>(`SELECT count(*)::int AS count FROM pgboss.job WHERE name = 'email.send' AND data->>'emailId' = ANY($1)`, [
          fresh.map((row) => row.id),
        ]);
        if (jobs.rows[0].count !== fresh.length) problems.push(`${jobs.rows[0].count} email.send jobs queued for ${fresh.length} new emails`);

        const perCaseworker = [...expected.values()];
        return problems.length > 0
          ? { ok: false, lines: problems.map((problem) => `ALARM CHECK FAILED: ${problem}`) }
          : {
              ok: true,
              lines: [
                `alarm check: each of the ${accounts.length} survivors who pressed the alarm (the warm-up's included) has exactly one unresolved flag, ` +
                  `critical, and one alarm signal; their ${caseworkers.length} caseworkers have ${formatCount(fresh.length)} new outbound_emails rows ` +
                  `(${Math.min(...perCaseworker)}–${Math.max(...perCaseworker)} each), one per alarm of their survivors as expected, each with its ` +
                  `email.send job queued: all committed before the 202 came back.`,
              ],
            };
      });
  };
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
