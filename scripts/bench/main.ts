import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { arch, cpus, loadavg, tmpdir, totalmem, type as osType } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { FieldCipher } from '../../apps/api/src/common/crypto/field-cipher';
import { enableApplicationLogin } from '../../apps/api/src/database/application-role';
import { PersonalDetailsSealer } from '../../apps/api/src/modules/survivors/personal-details';
import { benchApiConfig, buildSearchIndex, startApi } from './api-server';
import { Cleanup } from './cleanup';
import { enableExplain, startBenchDatabase } from './database';
import { FOLLOW_UP_STATEMENTS, MATCHING_STATEMENTS, SEARCH_STATEMENTS, slowestPlans } from './explain';
import { LoadGenerator } from './load-generator';
import { loadDataset } from './load-data';
import { runLoadTest } from './load-test';
import { measureAll } from './measure';
import { BenchOptions, parseOptions, UsageError, USAGE } from './options';
import { formatCount, status } from './progress';
import { buildQueryPools } from './query-pools';
import { formatTable, problems, toRows, wrap } from './report';
import { explainSlowest } from './explain-slowest';
import { EXPLAIN_SLOWER_THAN_MS, ScenarioContext } from './scenarios';
import { signInAll as signInAllAt } from './sign-in';

async function main(): Promise<number> {
  let options: BenchOptions | 'help';
  try {
    options = parseOptions(process.argv.slice(2), process.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (options === 'help') {
    console.log(USAGE);
    return 0;
  }

  // Before the bench does anything: what else is keeping the machine busy.
  const backgroundLoad = loadavg()[0];
  const cleanup = new Cleanup();
  try {
    const dir = mkdtempSync(join(tmpdir(), 'onward-bench-'));
    cleanup.add('delete the temporary folder', () => rmSync(dir, { recursive: true, force: true }));

    status('starting PostgreSQL and applying migrations…');
    let started = performance.now();
    // The log is kept for the plans of the slowest scenarios (explain-slowest.ts).
    const database = await startBenchDatabase(dir, { keepLog: true });
    cleanup.add('stop PostgreSQL', () => database.stop());
    const databaseSeconds = (performance.now() - started) / 1000;

    const now = new Date();
    // The loader seals survivors' personal details with the key the API is started with.
    const { config, env } = await benchApiConfig(database.url, join(dir, 'data'));
    const dataset = await loadDataset(database.url, options, now, new PersonalDetailsSealer(new FieldCipher(config)));
    if (options.explain) await enableExplain(database.url, EXPLAIN_SLOWER_THAN_MS);

    status('starting the API…');
    // As in production, the API runs as the application's database role, not as the schema's owner.
    const applicationUrl = await enableApplicationLogin(database.url, randomBytes(18).toString('base64url'));
    const api = await startApi(config, applicationUrl);
    cleanup.add('stop the API', () => api.app.close());
    const index = await buildSearchIndex(api, dataset.jobs + dataset.grantProgrammes);

    const alarmAccounts = [...dataset.alarmWarmUpAccounts, ...dataset.alarmAccounts];
    status(`signing in ${formatCount(dataset.survivorAccounts.length + alarmAccounts.length)} survivors, a caseworker and an admin…`);
    const signInAll = (accounts: ReadonlyArray<{ email: string; password: string }>) => signInAllAt(api.baseUrl, accounts);
    const survivors = await signInAll(dataset.survivorAccounts);
    const sessions = {
      survivor: survivors.slice(0, 1),
      survivors,
      caseworker: await signInAll([dataset.caseworker]),
      admin: await signInAll([dataset.admin]),
      alarm: await signInAll(dataset.alarmAccounts),
      'alarm-warm-up': await signInAll(dataset.alarmWarmUpAccounts),
    };
    const generator = LoadGenerator.start();
    cleanup.add('stop the load generator', () => generator.close());
    const context: ScenarioContext = {
      pools: buildQueryPools(dataset.words, options.seed),
      lookupJobIds: dataset.lookupJobIds,
      candidateJobIds: dataset.candidateJobIds,
      alarmAccounts,
    };

    started = performance.now();
    const endpoints = { baseUrl: api.baseUrl, sessions, databaseUrl: database.url, app: api.app };
    const { measurements, notes, checksHeld } = options.load === 'only' ? { measurements: [], notes: [], checksHeld: true } : await measureAll(generator, endpoints, context, options);
    const measureSeconds = (performance.now() - started) / 1000;
    const loadAfter = loadavg()[0];

    const plans = options.explain || options.load === 'only' ? [] : await explainSlowest(toRows(measurements), generator, endpoints, context, config, database.logLines);
    // The load test runs last: its writes (answers, sessions, audit lines) must not change what the table measured.
    const load = options.load === 'skip' ? null : await runLoadTest({ databaseUrl: database.url, applicationUrl, env, dataset, pools: context.pools, options });

    const facts = await databaseFacts(database.url);
    const checkIns = Object.values(dataset.checkIns).reduce((sum, n) => sum + n, 0);
    const checkInStates = (['answered', 'missed', 'due', 'scheduled', 'cancelled'] as const).map((state) => `${formatCount(dataset.checkIns[state])} ${state}`).join(', ');
    const rows = toRows(measurements);
    const missed = problems(rows);
    const out = [
      '',
      `Onward search, matching and follow-up benchmark${options.quick ? ' (--quick: a smoke test of the harness, not a measurement)' : ''}${options.explain ? ' (--explain: every query instrumented, figures not comparable)' : ''}`,
      `machine   ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ${osType()} ${arch()}, Node ${process.version}, ${facts.version}`,
      `code      ${codeRevision()}`,
      `dataset   seed "${options.seed}": ${dataset.regions} regions, ${formatCount(dataset.vettedEmployers)} vetted + ${formatCount(dataset.pendingEmployers)} pending employers, ` +
        `${formatCount(dataset.jobs)} published jobs, ${formatCount(dataset.grantProgrammes)} open grant programmes from ${dataset.funders} funders, ${dataset.skills} skills,`,
      `          ${formatCount(dataset.survivors)} survivors of ${dataset.serviceProviders} service providers (the caseworker's has ${formatCount(dataset.caseworkerSurvivors)}), ` +
        `${formatCount(dataset.survivorsWithAccounts)} with an account,`,
      `          ${formatCount(dataset.placements)} placements (${formatCount(dataset.runningPlacements)} running), ${formatCount(checkIns)} check-ins (${checkInStates}),`,
      `          ${formatCount(dataset.flags.total)} follow-ups (${formatCount(dataset.flags.unresolved)} unresolved, ${formatCount(dataset.flags.overdue)} of them overdue) with ` +
        `${formatCount(dataset.flags.signals)} risk signals and ${formatCount(dataset.flags.events)} history lines`,
      `index     embedded engine: ${formatCount(index.indexed)} documents, ${formatCount(facts.lexiconWords)} distinct words, ${facts.indexSize} on disk`,
      `timings   PostgreSQL start + migrations ${databaseSeconds.toFixed(1)} s, data load ${dataset.seconds.toFixed(1)} s, index build ${index.seconds.toFixed(1)} s, measuring ${measureSeconds.toFixed(1)} s`,
      `load      1-minute load average ${backgroundLoad.toFixed(1)} when the bench started, ${loadAfter.toFixed(1)} when it finished measuring (its own work included), on ${cpus().length} CPUs`,
      ...(backgroundLoad > cpus().length / 2
        ? ['WARNING   other work was already keeping the machine busy: these figures are pessimistic. Rerun on a quiet machine.']
        : []),
      `method    through HTTP on 127.0.0.1, clients in a worker thread, keep-alive, warm-up first. Baselines and searches as one signed-in`,
      `          survivor; matches as ${dataset.survivorAccounts.length} survivors with profiles in different regions, taking turns request by request;`,
      `          candidates as a caseworker, for ${formatCount(dataset.candidateJobIds.length)} published jobs drawn at random.`,
      `          Each search request is one not sent before in the run ("distinct"), so no result cache answers it, except in`,
      `          "one word, repeated". Latencies of answered requests only. p95 / pk: p95 over the primary-key lookup's p95 at`,
      `          the same number of clients. matches: results found (jobs for a survivor, candidates for a job), lowest–highest`,
      `          over the requests sent at 1 client.`,
      `          Retention as an admin (every organisation), a few requests at 1 client. The alarm: each of ${dataset.alarmAccounts.length} survivors`,
      `          presses once, one after another, after ${dataset.alarmWarmUpAccounts.length} others warmed the route up; the answer comes after the`,
      `          flag and the email row are committed, so its latency is the whole way. The scans: CheckInsService.scan() in`,
      `          the API's process, once each, timed (their budget is for that one run); the data is as the daily scan left`,
      `          it the day before yesterday, and "a week not run" moves the API's clock a week on with nothing answered.`,
      '',
      ...(options.load === 'only' ? [] : [formatTable(rows), '', ...notes.flatMap((note) => wrap(note)), '', ...(missed.length > 0 ? missed : ['Every scenario met its budget.'])]),
      ...(load ? load.lines : []),
      ...(load && !load.clean ? ['LOAD TEST ERRORS: some requests failed (see the table above).'] : []),
      ...(checksHeld ? [] : ['FAILED: what the alarm should have written is not in the database (see ALARM CHECK FAILED above).']),
    ];
    console.log(out.join('\n'));
    if (plans.length > 0) console.log(`\nThe slowest scenarios' plans (auto_explain with actual times, on a second API instance after the measurements):\n\n${plans.join('\n\n')}`);
    if (options.explain) printPlans(database.logLines);
    if (!checksHeld || (load && !load.clean)) return 1;
    return options.strict && missed.length > 0 ? 1 : 0;
  } finally {
    await cleanup.run();
  }
}

async function databaseFacts(url: string): Promise<{ version: string; lexiconWords: number; indexSize: string }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`
      SELECT current_setting('server_version') AS version,
        (SELECT count(*) FROM search_lexicon)::int AS words,
        pg_size_pretty(pg_total_relation_size('search_documents') + pg_total_relation_size('search_lexicon')) AS size`);
    return { version: `PostgreSQL ${rows[0].version} (embedded)`, lexiconWords: rows[0].words, indexSize: rows[0].size };
  } finally {
    await client.end();
  }
}

/** Which code was measured: the commit, and whether files had changed since. */
function codeRevision(): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return `git ${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain') ? ' with uncommitted changes' : ''}`;
  } catch {
    return 'not a git checkout';
  }
}

function printPlans(logLines: readonly string[]): void {
  for (const [what, reads, unless] of [
    ['search', SEARCH_STATEMENTS, null],
    ['matching', MATCHING_STATEMENTS, FOLLOW_UP_STATEMENTS],
    ['follow-up', FOLLOW_UP_STATEMENTS, null],
  ] as const) {
    const plans = slowestPlans(logLines, reads, 3, unless);
    console.log(
      plans.length === 0
        ? `\nNo ${what} statement took longer than ${EXPLAIN_SLOWER_THAN_MS} ms.`
        : `\nSlowest ${what} statements (auto_explain, over ${EXPLAIN_SLOWER_THAN_MS} ms):\n\n${plans.join('\n\n')}`,
    );
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
