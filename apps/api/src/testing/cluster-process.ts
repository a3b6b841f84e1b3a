import { ChildProcess } from 'node:child_process';
import { spawnFromSources } from './api-process';
import { waitFor } from './mail-capture';

export interface ClusterMemberInfo {
  name: string;
  pid: number;
  /** API instances: `http://127.0.0.1:<port>`, reachable directly, around the proxy. */
  url?: string;
}

export interface ClusterProcess {
  /** The proxy: `http://127.0.0.1:<port>`. */
  url: string;
  port: number;
  child: ChildProcess;
  /** What the cluster reported when it became ready. */
  instances: ClusterMemberInfo[];
  workers: ClusterMemberInfo[];
  /** Every line the cluster wrote (its own and its members', tagged), stdout and stderr. */
  output: string[];
  /** The JSON log lines of `output`, parsed. */
  entries(): Array<Record<string, unknown>>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Runs `npm run start:cluster`'s entry (cluster/cluster-main.ts) from the TypeScript sources
 * through @swc-node/register, as startApiProcess() does for one API; its members start the same
 * way. Resolves once the cluster says it is ready (every member started, the proxy listening).
 * `env` is on top of this process's environment.
 */
export async function startClusterProcess(env: Record<string, string>, readyTimeoutMs = 240_000): Promise<ClusterProcess> {
  const parsed: Array<Record<string, unknown>> = [];
  const { port, child, output, exited, gone } = await spawnFromSources('apps/api/src/cluster/cluster-main.ts', env, (line) => {
    if (!line.startsWith('{')) return;
    try {
      parsed.push(JSON.parse(line));
    } catch {
      // A line that only looks like JSON.
    }
  });
  const ready = await waitFor(
    () => {
      if (gone()) throw new Error(`The cluster exited while starting:\n${output.join('\n')}`);
      return parsed.find((entry) => entry.msg === 'Cluster ready');
    },
    'the cluster to be ready',
    readyTimeoutMs,
  ).catch((error: Error) => {
    child.kill('SIGKILL');
    throw error;
  });
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    child,
    instances: ready.instances as ClusterMemberInfo[],
    workers: ready.workers as ClusterMemberInfo[],
    output,
    entries: () => parsed,
    exited,
  };
}
