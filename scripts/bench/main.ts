import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { arch, cpus, loadavg, tmpdir, totalmem, type as osType } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { FieldCipher } from '../../apps/api/src/common/crypto/field-cipher';
import { PersonalDetailsSealer } from '../../apps/api/src/modules/survivors/personal-details';
import { benchApiConfig, buildSearchIndex, startApi } from './api-server';
import { Cleanup } from './cleanup';
import { enableExplain, startBenchDatabase } from './database';
import { MATCHING_STATEMENTS, SEARCH_STATEMENTS, slowestPlans } from './explain';
import { LoadGenerator } from './load-generator';
import { loadDataset } from './load-data';
import { measureAll } from './measure';
import { BenchOptions, parseOptions, UsageError, USAGE } from './options';
import { formatCount, status } from './progress';
import { buildQueryPools } from './query-pools';
import { formatTable, problems, toRows } from './report';
import { EXPLAIN_SLOWER_THAN_MS, ScenarioContext } from './scenarios';
import { signIn } from './sign-in';

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
    const database = await startBenchDatabase(dir, { keepLog: options.explain });
    cleanup.add('stop PostgreSQL', () => database.stop());
    const databaseSeconds = (performance.now() - started) / 1000;

    const now = new Date();
    // The loader seals survivors' personal details with the key the API is started with.
    const config = await benchApiConfig(database.url, join(dir, 'data'));
    const dataset = await loadDataset(database.url, options, now, new PersonalDetailsSealer(new FieldCipher(config)));
    if (options.explain) await enableExplain(database.url, EXPLAIN_SLOWER_THAN_MS);

    status('starting the API…');
    const api = await startApi(config, database.url);
    cleanup.add('stop the API', () => api.app.close());
    const index = await buildSearchIndex(api, dataset.jobs + dataset.grantProgrammes);

    status(`signing in ${dataset.survivorAccounts.length} survivors and a caseworker…`);
    const survivors: string[] = [];
    for (const account of dataset.survivorAccounts) survivors.push(await signIn(api.baseUrl, account));
    const sessions = { survivor: survivors.slice(0, 1), survivors, caseworker: [await signIn(api.baseUrl, dataset.caseworker)] };
    const generator = LoadGenerator.start();
    cleanup.add('stop the load generator', () => generator.close());
    const context: ScenarioContext = {
      pools: buildQueryPools(dataset.words, options.seed),
      lookupJobIds: dataset.lookupJobIds,
      candidateJobIds: dataset.candidateJobIds,
    };

    started = performance.now();
    const measurements = await measureAll(generator, { baseUrl: api.baseUrl, sessions, databaseUrl: database.url }, context, options);
    const measureSeconds = (performance.now() - started) / 1000;
    const loadAfter = loadavg()[0];

    const facts = await databaseFacts(database.url);
    const rows = toRows(measurements);
    const missed = problems(rows);
    const out = [
      '',
      `Onward search and matching benchmark${options.quick ? ' (--quick: a smoke test of the harness, not a measurement)' : ''}${options.explain ? ' (--explain: every query instrumented, figures not comparable)' : ''}`,
      `machine   ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ${osType()} ${arch()}, Node ${process.version}, ${facts.version}`,
      `code      ${codeRevision()}`,
      `dataset   seed "${options.seed}": ${dataset.regions} regions, ${formatCount(dataset.vettedEmployers)} vetted + ${formatCount(dataset.pendingEmployers)} pending employers, ` +
        `${formatCount(dataset.jobs)} published jobs, ${formatCount(dataset.grantProgrammes)} open grant programmes from ${dataset.funders} funders, ${dataset.skills} skills,`,
      `          ${formatCount(dataset.survivors)} survivors of ${dataset.serviceProviders} service providers (the caseworker's has ${formatCount(dataset.caseworkerSurvivors)})`,
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
      '',
      formatTable(rows),
      '',
      ...(missed.length > 0 ? missed : ['Every scenario met its p95 budget.']),
    ];
    console.log(out.join('\n'));
    if (options.explain) printPlans(database.logLines);
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
  for (const [what, reads] of [['search', SEARCH_STATEMENTS], ['matching', MATCHING_STATEMENTS]] as const) {
    const plans = slowestPlans(logLines, reads, 3);
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
