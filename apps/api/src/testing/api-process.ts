import { ChildProcess, spawn } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { join } from 'node:path';
import { waitFor } from './mail-capture';

const WORKSPACE_ROOT = join(__dirname, '../../../..');

export interface ApiProcess {
  /** `http://127.0.0.1:<port>` */
  url: string;
  port: number;
  child: ChildProcess;
  /** Every line the process wrote, stdout and stderr. */
  output: string[];
  /** Settles when the process has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** True once a new TCP connection to the port is refused: whoever listened there has stopped. */
export const refusesConnections = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

/** A process started from the workspace's TypeScript sources, its output kept line by line. */
export interface SourceProcess {
  port: number;
  child: ChildProcess;
  /** Every line the process wrote, stdout and stderr. */
  output: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** True once the process has exited. */
  gone(): boolean;
}

/**
 * Starts `entry` (relative to the workspace) through @swc-node/register, as
 * scripts/api-contract.mjs does, so nothing needs building first, on a free port of 127.0.0.1.
 * `env` is on top of this process's environment; `onLine` sees each line as it comes.
 */
export async function spawnFromSources(entry: string, env: Record<string, string>, onLine: (line: string) => void = () => undefined): Promise<SourceProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['-r', '@swc-node/register', join(WORKSPACE_ROOT, entry)], {
    cwd: WORKSPACE_ROOT,
    env: { ...process.env, SWC_NODE_PROJECT: join(WORKSPACE_ROOT, 'apps/api/tsconfig.json'), HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  for (const stream of [child.stdout!, child.stderr!]) {
    let partial = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        output.push(line);
        onLine(line);
      }
    });
  }
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  let gone = false;
  void exited.then(() => (gone = true));
  return { port, child, output, exited, gone: () => gone };
}

/**
 * Runs the API (main.ts) as a process of its own, from the TypeScript sources. Resolves once it
 * answers /api/v1/health. `env` is on top of this process's environment.
 */
export async function startApiProcess(env: Record<string, string>, readyTimeoutMs = 90_000): Promise<ApiProcess> {
  const { port, child, output, exited, gone } = await spawnFromSources('apps/api/src/main.ts', env);
  const url = `http://127.0.0.1:${port}`;
  await waitFor(
    async () => {
      if (gone()) throw new Error(`The API process exited while starting:\n${output.join('\n')}`);
      return fetch(`${url}/api/v1/health`).then(
        (response) => response.ok,
        () => false,
      );
    },
    'the API process to answer',
    readyTimeoutMs,
  );
  return { url, port, child, output, exited };
}
