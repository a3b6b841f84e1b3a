import { createTestApp, createTestDatabase, HttpClient, queryAsOwner, status, TEST_APPLICATION_PASSWORD, TestApp, TestDatabase, urlFor } from '@onward/api/testing';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import type { EncryptionKey } from '../../common/crypto/field-cipher';
import { ERASED_RECORD_SQLSTATE } from '../../common/errors/domain.exception';
import { JobQueue } from '../../modules/queue/job-queue';
import { PersonalDetailsSealer } from '../../modules/survivors/personal-details';
import { DEMO_PASSWORD, seedDemo } from '../../seed/demo-seed';
import { applicationUrl } from '../application-role';
import { backupDatabase } from './backup';
import { restoreDatabase } from './restore';

const WORKSPACE_ROOT = join(__dirname, '../../../../..');
const KEY: EncryptionKey = { id: 'backup-test', key: randomBytes(32) };
const ENCRYPTION_KEYS = `${KEY.id}:${KEY.key.toString('base64')}`;
/** A year of a small organisation's audit trail: enough rows for several chunks and batches. */
const AUDIT_ROWS = 30_000;

/**
 * `npm run db:backup` and `db:restore`: a backup of a database with the demo data, an erased
 * survivor, queued emails and a year of audit trail restores into an empty database with every
 * row as it was, and the application runs on it; a backup that is cut, changed, sealed with
 * another key or made by a newer version, or a target that holds data, is refused with the
 * target left as it was.
 */
describe('Backup and restore', () => {
  let dir: string;
  let source: TestDatabase;
  let backupFile: string;
  const databases: TestDatabase[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'onward-backup-'));
    source = await createTestDatabase();
    databases.push(source);
    await fillWithRepresentativeData(source);
    backupFile = join(dir, 'source.onward');
    await backupDatabase(source.url, backupFile, KEY);
  }, 120_000);

  afterAll(async () => {
    for (const database of databases) await database.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A database as `createdb` leaves it: no migrations, no pg-boss, no rows. */
  async function emptyDatabase(): Promise<TestDatabase> {
    const name = `restore_${randomBytes(6).toString('hex')}`;
    await queryAsOwner({ url: urlFor('postgres') }, `CREATE DATABASE ${name}`);
    const database: TestDatabase = {
      name,
      url: urlFor(name),
      appUrl: applicationUrl(urlFor(name), TEST_APPLICATION_PASSWORD),
      drop: () => queryAsOwner({ url: urlFor('postgres') }, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).then(() => undefined),
    };
    databases.push(database);
    return database;
  }

  async function expectRefused(target: TestDatabase, file: string, keys: EncryptionKey[], message: RegExp): Promise<void> {
    const before = await fingerprint(target.url);
    await expect(restoreDatabase(target.url, file, keys)).rejects.toThrow(message);
    expect(await fingerprint(target.url)).toEqual(before);
  }

  function variant(name: string, bytes: Buffer): string {
    const file = join(dir, name);
    writeFileSync(file, bytes);
    return file;
  }

  it('writes one file, readable by its owner only, that never replaces another', async () => {
    expect(statSync(backupFile).mode & 0o777).toBe(0o600);
    const bytes = readFileSync(backupFile);
    expect(bytes.subarray(0, 14).toString('latin1')).toBe('ONWARD-BACKUP\n');
    // Sealed: no pseudonym, email or audit action in the clear.
    for (const clear of ['River', 'caseworker@example.org', 'survivor.view', 'Green Valley Foods']) expect(bytes.includes(clear)).toBe(false);
    await expect(backupDatabase(source.url, backupFile, KEY)).rejects.toThrow(/already exists/);
    expect(readFileSync(backupFile).equals(bytes)).toBe(true);
  });

  it('restores every row into an empty database, with the protections on, and the application runs on it', async () => {
    const target = await emptyDatabase();
    // As after a key rotation: the backup's key is no longer the current one, but still configured.
    const result = await restoreDatabase(target.url, backupFile, [{ id: 'newer', key: randomBytes(32) }, KEY]);
    expect(result.migrationsApplied.length).toBeGreaterThan(5);

    const [expected, restored] = [await contents(source.url), await contents(target.url)];
    expect(restored).toEqual(expected);
    expect(Object.values(expected).filter((table) => !table.startsWith('0 rows')).length).toBeGreaterThan(25);
    expect(await protections(target.url)).toEqual(await protections(source.url));

    // Still read-only: the erased survivor's rows, and the audit trail.
    const [erased] = await queryAsOwner<{ id: string }>(target, `SELECT id FROM survivor_profiles WHERE erased_at IS NOT NULL`);
    await expect(queryAsOwner(target, `UPDATE placements SET end_note = 'x' WHERE survivor_id = $1`, [erased.id])).rejects.toMatchObject({ code: ERASED_RECORD_SQLSTATE });
    await expect(queryAsOwner(target, `DELETE FROM audit_events`)).rejects.toThrow(/append-only/);

    // The application, as onward_app: it signs in, opens sealed details with the key, and finds the queued emails.
    const app = await createTestApp({ db: target, env: { RUN_WORKERS: 'false', ENCRYPTION_KEYS } });
    try {
      const caseworker = new HttpClient(app.app);
      await caseworker.login('caseworker@example.org', DEMO_PASSWORD).then(status(200));
      const flags = (await caseworker.get('/api/v1/flags').then(status(200))).body.items as Array<{ survivor: { id: string; pseudonym: string } }>;
      expect(flags.map((flag) => flag.survivor.pseudonym).sort()).toEqual(['Juniper', 'River']);
      const river = await caseworker.get(`/api/v1/survivors/${flags.find((flag) => flag.survivor.pseudonym === 'River')!.survivor.id}`).then(status(200));
      expect(river.body.personal.legalName).toBe('Ravi Example');
      expect(await app.app.get(JobQueue).size('email.send')).toBeGreaterThan(0);
    } finally {
      await app.close();
    }
  }, 120_000);

  it('refuses a target database that holds data', async () => {
    const target = await createTestDatabase();
    databases.push(target);
    await queryAsOwner(target, `INSERT INTO organisations (name, kind) VALUES ('Live data', 'service_provider')`);
    await expectRefused(target, backupFile, [KEY], /not empty \(organisations hold rows\)/);
  });

  it('refuses a file cut short, anywhere', async () => {
    const bytes = readFileSync(backupFile);
    const chunks = chunkStarts(bytes);
    expect(chunks.length).toBeGreaterThan(3);
    const target = await emptyDatabase();
    // Exactly at a chunk boundary, the last chunk gone: only its last-chunk flag tells.
    await expectRefused(target, variant('no-last-chunk.onward', bytes.subarray(0, chunks.at(-1))), [KEY], /ends before its last chunk/);
    await expectRefused(target, variant('half.onward', bytes.subarray(0, Math.floor(bytes.length / 2))), [KEY], /ends inside a chunk/);
  });

  it('refuses a file with one byte changed, in its data or in its clear header', async () => {
    const bytes = readFileSync(backupFile);
    const chunks = chunkStarts(bytes);
    const target = await emptyDatabase();
    const inData = Buffer.from(bytes);
    inData[chunks[2] + 5 + 1000] ^= 0x01;
    await expectRefused(target, variant('flipped-data.onward', inData), [KEY], /damaged or was changed \(chunk 2 does not authenticate\)/);
    // The header's createdAt: authenticated, though not sealed.
    const inHeader = Buffer.from(bytes);
    const year = inHeader.indexOf('"createdAt":"') + '"createdAt":"'.length + 3;
    inHeader[year] = inHeader[year] === 0x30 ? 0x31 : 0x30;
    await expectRefused(target, variant('flipped-header.onward', inHeader), [KEY], /does not open with the encryption key "backup-test"/);
  });

  it('refuses without the right key', async () => {
    const target = await emptyDatabase();
    await expectRefused(target, backupFile, [{ id: KEY.id, key: randomBytes(32) }], /does not open with the encryption key "backup-test"/);
    await expectRefused(target, backupFile, [{ id: 'other', key: KEY.key }], /sealed with the encryption key "backup-test", which is not in ENCRYPTION_KEYS/);
  });

  it('refuses a backup made by a newer version, which lists a migration this code does not have', async () => {
    const newer = await createTestDatabase();
    databases.push(newer);
    await queryAsOwner(newer, `INSERT INTO migrations (timestamp, name) VALUES (1899999999999, 'FromTheFuture1899999999999')`);
    const file = join(dir, 'newer.onward');
    await backupDatabase(newer.url, file, KEY);
    await expectRefused(await emptyDatabase(), file, [KEY], /does not have \(FromTheFuture1899999999999\): it was made by a newer version/);
  });

  it('works as operators type it: database-cli backup, then restore, then restore again refused', async () => {
    const file = join(dir, 'cli.onward');
    expect(await runCli(['backup', file], source.url, dir)).toEqual({ code: 0, output: expect.stringContaining(`Wrote ${file}`) });

    // A database the app made and left empty: migrated, pg-boss installed, no rows.
    const target = await createTestDatabase();
    databases.push(target);
    expect(await runCli(['restore', file], target.url, dir)).toEqual({ code: 0, output: expect.stringMatching(/Restored the backup of .*every count and checksum as in the backup/) });
    expect(await contents(target.url)).toEqual(await contents(source.url));

    expect(await runCli(['restore', file], target.url, dir)).toEqual({ code: 1, output: expect.stringContaining('The target database is not empty') });
  }, 180_000);
});

/**
 * Demo data (organisations, employers, jobs, survivors, placements, check-ins, follow-ups), then
 * through the API: sign-ins and record views (audit rows), an erased survivor whose placements
 * and check-ins stay (read-only by trigger), a queued email; pg-boss's queues with their
 * dead-letter queues and schedules; and a year of audit trail.
 */
async function fillWithRepresentativeData(db: TestDatabase): Promise<void> {
  const t: TestApp = await createTestApp({ db, env: { RUN_WORKERS: 'false', ENCRYPTION_KEYS } });
  try {
    expect(await seedDemo(db.appUrl, t.app.get(PersonalDetailsSealer), t.clock.now())).toBe(true);
    const caseworker = new HttpClient(t.app);
    await caseworker.login('caseworker@example.org', DEMO_PASSWORD).then(status(200));
    const [sam] = await queryAsOwner<{ id: string }>(db, `SELECT id FROM survivor_profiles WHERE pseudonym = 'Sam'`);
    await caseworker.get(`/api/v1/survivors/${sam.id}`).then(status(200));
    await caseworker.post(`/api/v1/survivors/${sam.id}/erasure`, { confirmPseudonym: 'Sam', reason: 'Asked in person on 3 May' }).then(status(200));
    await new HttpClient(t.app).post('/api/v1/auth/password-reset', { email: 'caseworker@example.org' }).then(status(202));
  } finally {
    await t.close();
  }
  await queryAsOwner(
    db,
    `INSERT INTO audit_events (occurred_at, actor_role, action, subject_type, subject_id, outcome, client_address)
     SELECT now() - i * interval '17 minutes', 'caseworker', 'survivor.view', 'survivor', gen_random_uuid()::text, 'success', '192.0.2.' || (i % 250)
       FROM generate_series(1, ${AUDIT_ROWS}) i`,
  );
  const [facts] = await queryAsOwner<Record<string, number>>(
    db,
    `SELECT (SELECT count(*)::int FROM audit_events) AS audit,
            (SELECT count(*)::int FROM placements p JOIN survivor_profiles s ON s.id = p.survivor_id WHERE s.erased_at IS NOT NULL) AS "erasedPlacements",
            (SELECT count(*)::int FROM pgboss.job WHERE name = 'email.send' AND state = 'created') AS "queuedEmails",
            (SELECT count(*)::int FROM pgboss.queue WHERE dead_letter IS NOT NULL) AS "queuesWithDeadLetter",
            (SELECT count(*)::int FROM pgboss.schedule) AS schedules`,
  );
  for (const [fact, value] of Object.entries(facts)) expect({ [fact]: value > 0 }).toEqual({ [fact]: true });
  expect(facts.audit).toBeGreaterThan(AUDIT_ROWS);
}

/**
 * What a database holds, computed here independently of the backup's own checksums: each table's
 * row count and md5 of its rows' text forms in sorted order, the migrations applied, pg-boss's
 * schema version, and every sequence's position.
 */
async function contents(url: string): Promise<Record<string, string>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`SET TimeZone = 'UTC'`);
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT format('%I.%I', n.nspname, c.relname) AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname IN ('public', 'pgboss') AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY 1`,
    );
    const result: Record<string, string> = {};
    for (const { name } of tables) {
      const query =
        name === 'public.migrations'
          ? `SELECT string_agg(name, ', ' ORDER BY id) AS value FROM migrations`
          : name === 'pgboss.version'
            ? `SELECT version::text AS value FROM pgboss.version`
            : `SELECT count(*) || ' rows, ' || coalesce(md5(string_agg(t::text, E'\\n' ORDER BY t::text)), '-') AS value FROM ${name} t`;
      result[name] = (await client.query<{ value: string }>(query)).rows[0].value;
    }
    const { rows: sequences } = await client.query<{ name: string; value: string }>(
      `SELECT format('%I.%I', schemaname, sequencename) AS name, coalesce(last_value::text, 'unused') AS value FROM pg_sequences
        WHERE schemaname IN ('public', 'pgboss') AND sequencename <> 'migrations_id_seq'`,
    );
    for (const { name, value } of sequences) result[`sequence ${name}`] = value;
    return result;
  } finally {
    await client.end();
  }
}

/** The triggers (and whether each is enabled), the application role's grants, and who owns pg-boss's objects. */
async function protections(url: string): Promise<unknown> {
  return queryAsOwner(
    { url },
    `SELECT 'trigger ' || tgrelid::regclass || ' ' || tgname || ' ' || tgenabled::text AS item FROM pg_trigger WHERE NOT tgisinternal
     UNION ALL SELECT 'grant ' || table_schema || '.' || table_name || ' ' || privilege_type FROM information_schema.role_table_grants WHERE grantee = 'onward_app'
     UNION ALL SELECT 'owner ' || n.nspname || '.' || c.relname || ' ' || pg_get_userbyid(c.relowner) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'pgboss'
     ORDER BY 1`,
  );
}

/** Everything restore could have changed: schemas, relations, extensions, and the rows. */
async function fingerprint(url: string): Promise<unknown> {
  const catalog = await queryAsOwner(
    { url },
    `SELECT 'schema ' || nspname AS item FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'
     UNION ALL SELECT 'relation ' || n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'
     UNION ALL SELECT 'extension ' || extname FROM pg_extension
     ORDER BY 1`,
  );
  return { catalog, contents: await contents(url) };
}

/** Where each chunk of a backup file starts (see backup-file.ts for the layout). */
function chunkStarts(bytes: Buffer): number[] {
  const magic = 'ONWARD-BACKUP\n'.length;
  const starts: number[] = [];
  for (let position = magic + 4 + bytes.readUInt32BE(magic); position < bytes.length; position += 5 + bytes.readUInt32BE(position + 1) + 16) starts.push(position);
  return starts;
}

/** Runs database-cli.ts from the sources, as `npm run db:backup` / `db:restore` run its build. */
function runCli(args: string[], databaseUrl: string, dir: string): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', join(WORKSPACE_ROOT, 'apps/api/src/database/database-cli.ts'), ...args], {
    cwd: WORKSPACE_ROOT,
    env: {
      ...process.env,
      SWC_NODE_PROJECT: join(WORKSPACE_ROOT, 'apps/api/tsconfig.json'),
      DATABASE_URL: databaseUrl,
      ENCRYPTION_KEYS,
      DATA_DIR: join(dir, 'data'),
      SESSION_SECRET: 'backup-test-session-secret-0123456789abcdef',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}
