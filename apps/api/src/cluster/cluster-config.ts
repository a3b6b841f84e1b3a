import { ConfigError } from '../config/app-config';

/** `npm run start:cluster`'s own settings; everything else is the usual configuration (README). */
export interface ClusterConfig {
  /** API processes behind the proxy (CLUSTER_API_INSTANCES). */
  apiInstances: number;
  /** Worker processes (CLUSTER_WORKERS). */
  workers: number;
}

export function loadClusterConfig(env: Record<string, string | undefined> = process.env): ClusterConfig {
  return {
    apiInstances: count(env, 'CLUSTER_API_INSTANCES', 2),
    workers: count(env, 'CLUSTER_WORKERS', 2),
  };
}

function count(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 16) throw new ConfigError(name, `must be a whole number from 1 to 16, got "${raw}"`);
  return Number(raw);
}
