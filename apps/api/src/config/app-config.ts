import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { CHECK_IN_DAYS_DEFAULT, CHECK_IN_GRACE_DAYS_DEFAULT, FLAG_DUE_HOURS_DEFAULT, NO_PLACEMENT_DAYS_DEFAULT, RISK_LEVELS, RiskLevel } from '@onward/shared';
import type { EncryptionKey } from '../common/crypto/field-cipher';

/**
 * Every setting Onward reads, validated once at boot. A bad value stops the process with a
 * message that names the variable. README.md lists the same variables.
 */
export interface AppConfig {
  nodeEnv: 'development' | 'test' | 'production';
  host: string;
  port: number;
  /** Base URL people reach the portal at; used in email links. */
  publicUrl: string;
  dataDir: string;
  database: {
    /** Unset: Onward starts an embedded PostgreSQL with its data under dataDir. */
    url?: string;
    /** The application's own, less privileged connection to an external database (see migrations' ApplicationRole). */
    appUrl?: string;
    embeddedPort: number;
    /** statement_timeout of the application's connections: a statement running longer is cancelled (a 503). 0: none (the database scripts). */
    statementTimeoutMs: number;
  };
  search: { meilisearchUrl?: string; meilisearchApiKey?: string; meilisearchIndex: string };
  /** `survivorFrom`: the neutral sender of survivors' reminders (a watched phone must learn nothing from it). */
  mail: { smtpUrl?: string; from: string; survivorFrom: string; dir: string };
  session: {
    secret: string;
    idleMinutes: number;
    absoluteHours: number;
    /** Secure cookies: on when publicUrl is https. */
    secureCookies: boolean;
  };
  http: {
    corsOrigins: string[];
    bodyLimitBytes: number;
    /**
     * Which proxies' X-Forwarded-For is believed: false (none: the socket's address), a hop count,
     * or the proxies' addresses. Never "any", so a client cannot pick its own address.
     */
    trustProxy: false | number | string[];
    /** A request not answered within this ends with a 503; also how long receiving a request may take. */
    requestTimeoutMs: number;
  };
  /** A scraper's bearer token for GET /api/v1/metrics (admins signed in need none); unset: admins only. */
  metricsToken?: string;
  /** Per minute, per account and per client address: every state-changing request, and searches. */
  rateLimits: { writesPerAccount: number; writesPerIp: number; searchesPerAccount: number; searchesPerIp: number };
  login: {
    maxFailures: number;
    lockoutMinutes: number;
    perIpPerMinute: number;
    perAccountPerMinute: number;
  };
  invitationTtlHours: number;
  /**
   * Keys that seal survivors' personal data (AES-256-GCM). The first encrypts; all decrypt, so a
   * new key goes first and the old one stays until every value is re-sealed.
   */
  encryption: { keys: EncryptionKey[] };
  /** Check-ins after a start, risk flags' follow-up times, and when a gap in work becomes a signal. */
  followUp: {
    checkInDays: number[];
    checkInGraceDays: number;
    flagDueHours: Record<RiskLevel, number>;
    noPlacementDays: number;
  };
  /** Seed the demo dataset on first run. Never true in production. */
  demoSeed: boolean;
  /** Run the queue workers in this process (one-machine default) or not (API-only instance). */
  runWorkers: boolean;
  portalDir: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
}

export class ConfigError extends Error {
  constructor(readonly variable: string, problem: string) {
    super(`Configuration error: ${variable} ${problem}`);
  }
}

type Env = Record<string, string | undefined>;

const WORKSPACE_ROOT = resolve(__dirname, '../../../..');

function findWorkspaceRoot(): string {
  // Built code runs from dist/apps/api/apps/api/src/config, sources from apps/api/src/config:
  // walk up to the folder holding package-lock.json.
  let dir = __dirname;
  for (let i = 0; i < 8; i++) {
    if (existsSync(join(dir, 'package-lock.json'))) return dir;
    dir = resolve(dir, '..');
  }
  return WORKSPACE_ROOT;
}

class EnvReader {
  constructor(private readonly env: Env) {}

  string(name: string, fallback?: string): string {
    const value = this.env[name];
    if (value === undefined || value === '') {
      if (fallback === undefined) throw new ConfigError(name, 'is required but not set');
      return fallback;
    }
    return value;
  }

  optional(name: string): string | undefined {
    const value = this.env[name];
    return value === undefined || value === '' ? undefined : value;
  }

  int(name: string, fallback: number, min: number, max: number): number {
    const raw = this.optional(name);
    if (raw === undefined) return fallback;
    if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
    const value = Number(raw);
    if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
    return value;
  }

  bool(name: string, fallback: boolean): boolean {
    const raw = this.optional(name);
    if (raw === undefined) return fallback;
    if (['true', '1', 'yes'].includes(raw.toLowerCase())) return true;
    if (['false', '0', 'no'].includes(raw.toLowerCase())) return false;
    throw new ConfigError(name, `must be true or false, got "${raw}"`);
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const raw = this.optional(name);
    if (raw === undefined) return fallback;
    if (!(allowed as readonly string[]).includes(raw)) {
      throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${raw}"`);
    }
    return raw as T;
  }

  url(name: string, protocols: readonly string[]): string | undefined {
    const raw = this.optional(name);
    if (raw === undefined) return undefined;
    let parsed: URL;
    try {
      parsed = new URL(raw);
    } catch {
      throw new ConfigError(name, 'is not a valid URL');
    }
    if (!protocols.includes(parsed.protocol)) {
      throw new ConfigError(name, `must use ${protocols.map((p) => p.replace(':', '://')).join(' or ')}`);
    }
    return raw;
  }
}

/** `id:base64key,id:base64key`: each key exactly 32 bytes, ids unique, the first one current. */
function parseEncryptionKeys(raw: string): EncryptionKey[] {
  const name = 'ENCRYPTION_KEYS';
  const keys = raw.split(',').map((entry) => entry.trim()).filter(Boolean).map((entry) => {
    const separator = entry.indexOf(':');
    const id = entry.slice(0, separator);
    if (separator < 1 || !/^[A-Za-z0-9_-]{1,32}$/.test(id)) {
      throw new ConfigError(name, 'must be a comma-separated list of id:base64key (ids of letters, digits, - or _)');
    }
    const key = Buffer.from(entry.slice(separator + 1), 'base64');
    if (key.length !== 32) throw new ConfigError(name, `key "${id}" must be 32 bytes (base64 of 32 random bytes), got ${key.length}`);
    return { id, key };
  });
  if (!keys.length) throw new ConfigError(name, 'must name at least one key');
  if (new Set(keys.map((key) => key.id)).size !== keys.length) throw new ConfigError(name, 'has the same key id twice');
  return keys;
}

/** The bare address of a `Name <address>` sender. */
function mailAddress(from: string): string {
  return /<([^>]+)>/.exec(from)?.[1] ?? from.trim();
}

/** `7,30,90`: distinct whole days after a start, ascending. */
function parseCheckInDays(raw: string | undefined): number[] {
  if (raw === undefined) return [...CHECK_IN_DAYS_DEFAULT];
  const days = raw.split(',').map((part) => part.trim());
  if (!days.every((day) => /^\d{1,4}$/.test(day))) throw new ConfigError('CHECK_IN_DAYS', `must be a comma-separated list of whole days, got "${raw}"`);
  const values = days.map(Number);
  if (values.some((day) => day < 1 || day > 3650)) throw new ConfigError('CHECK_IN_DAYS', 'days must be between 1 and 3650');
  if (values.some((day, i) => i > 0 && day <= values[i - 1])) throw new ConfigError('CHECK_IN_DAYS', 'must list days in ascending order, each once');
  return values;
}

/** `critical=4,high=24`: hours per level; levels left out keep their default. */
function parseFlagDueHours(raw: string | undefined): Record<RiskLevel, number> {
  const hours = { ...FLAG_DUE_HOURS_DEFAULT };
  if (raw === undefined) return hours;
  for (const entry of raw.split(',').map((part) => part.trim()).filter(Boolean)) {
    const [level, value] = entry.split('=');
    if (!(RISK_LEVELS as readonly string[]).includes(level) || !/^\d{1,4}$/.test(value ?? '') || Number(value) < 1) {
      throw new ConfigError('FLAG_DUE_HOURS', `must look like critical=4,high=24,medium=72,low=168 (whole hours, at least 1), got "${entry}"`);
    }
    hours[level as RiskLevel] = Number(value);
  }
  return hours;
}

/** In development the data key is generated once and kept under the data folder, like the session secret. */
function developmentEncryptionKeys(dataDir: string): string {
  const file = join(dataDir, 'encryption-keys');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const keys = `dev1:${randomBytes(32).toString('base64')}`;
  writeFileSync(file, keys, { mode: 0o600 });
  return keys;
}

/** In development the session secret is generated once and kept under the data folder. */
function developmentSecret(dataDir: string): string {
  const file = join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export function loadConfig(env: Env = process.env): AppConfig {
  const read = new EnvReader(env);
  const root = findWorkspaceRoot();
  const nodeEnv = read.oneOf('NODE_ENV', ['development', 'test', 'production'] as const, 'development');
  const production = nodeEnv === 'production';
  const port = read.int('PORT', 3000, 1, 65535);
  const publicUrl = (read.url('PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${port}`).replace(/\/+$/, '');
  const dataDirRaw = read.string('DATA_DIR', '.data');
  const dataDir = isAbsolute(dataDirRaw) ? dataDirRaw : join(root, dataDirRaw);

  const databaseUrl = read.url('DATABASE_URL', ['postgres:', 'postgresql:']);
  if (production && !databaseUrl) throw new ConfigError('DATABASE_URL', 'is required when NODE_ENV=production');
  const databaseAppUrl = read.url('DATABASE_APP_URL', ['postgres:', 'postgresql:']);
  if (databaseAppUrl && !databaseUrl) throw new ConfigError('DATABASE_APP_URL', 'needs DATABASE_URL (the owner that runs the migrations) beside it');

  const secretRaw = read.optional('SESSION_SECRET');
  if (secretRaw !== undefined && secretRaw.length < 32) {
    throw new ConfigError('SESSION_SECRET', 'must be at least 32 characters');
  }
  if (production && secretRaw === undefined) throw new ConfigError('SESSION_SECRET', 'is required when NODE_ENV=production');

  const demoSeed = read.bool('DEMO_SEED', !production);
  if (production && demoSeed) throw new ConfigError('DEMO_SEED', 'cannot be true when NODE_ENV=production');

  const corsOrigins = (read.optional('CORS_ORIGINS') ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of corsOrigins) {
    try {
      new URL(origin);
    } catch {
      throw new ConfigError('CORS_ORIGINS', `has an entry that is not a URL: "${origin}"`);
    }
  }

  const encryptionKeysRaw = read.optional('ENCRYPTION_KEYS');
  if (production && encryptionKeysRaw === undefined) throw new ConfigError('ENCRYPTION_KEYS', 'is required when NODE_ENV=production');

  const requestTimeoutMs = read.int('HTTP_REQUEST_TIMEOUT_MS', 30_000, 1000, 600_000);
  const statementTimeoutMs = read.int('DATABASE_STATEMENT_TIMEOUT_MS', 15_000, 100, 600_000);
  // A slow statement should end as its own clean error, before the request as a whole times out.
  if (statementTimeoutMs >= requestTimeoutMs) {
    throw new ConfigError('DATABASE_STATEMENT_TIMEOUT_MS', `must be less than HTTP_REQUEST_TIMEOUT_MS (${requestTimeoutMs}), got ${statementTimeoutMs}`);
  }

  const metricsToken = read.optional('METRICS_TOKEN');
  if (metricsToken !== undefined && metricsToken.length < 32) throw new ConfigError('METRICS_TOKEN', 'must be at least 32 characters');

  const portalDirRaw = read.string('PORTAL_DIR', 'dist/apps/portal');
  return {
    nodeEnv,
    host: read.string('HOST', '127.0.0.1'),
    port,
    publicUrl,
    dataDir,
    database: {
      url: databaseUrl,
      appUrl: databaseAppUrl,
      embeddedPort: read.int('EMBEDDED_POSTGRES_PORT', 5433, 1, 65535),
      statementTimeoutMs,
    },
    search: {
      meilisearchUrl: read.url('MEILISEARCH_URL', ['http:', 'https:']),
      meilisearchApiKey: read.optional('MEILISEARCH_API_KEY'),
      meilisearchIndex: read.string('MEILISEARCH_INDEX', 'opportunities'),
    },
    mail: {
      smtpUrl: read.url('SMTP_URL', ['smtp:', 'smtps:']),
      from: read.string('MAIL_FROM', 'Onward <no-reply@onward.invalid>'),
      survivorFrom: read.string('SURVIVOR_MAIL_FROM', `Notifications <${mailAddress(read.string('MAIL_FROM', 'Onward <no-reply@onward.invalid>'))}>`),
      dir: join(dataDir, 'mail'),
    },
    session: {
      secret: secretRaw ?? developmentSecret(dataDir),
      idleMinutes: read.int('SESSION_IDLE_MINUTES', 30, 1, 24 * 60),
      absoluteHours: read.int('SESSION_ABSOLUTE_HOURS', 12, 1, 24 * 30),
      secureCookies: publicUrl.startsWith('https:'),
    },
    http: {
      corsOrigins,
      bodyLimitBytes: read.int('BODY_LIMIT_BYTES', 100 * 1024, 1024, 50 * 1024 * 1024),
      trustProxy: parseTrustProxy(read.optional('TRUST_PROXY')),
      requestTimeoutMs,
    },
    metricsToken,
    rateLimits: {
      writesPerAccount: read.int('RATE_LIMIT_WRITES_PER_ACCOUNT', 60, 1, 100_000),
      writesPerIp: read.int('RATE_LIMIT_WRITES_PER_IP', 300, 1, 100_000),
      searchesPerAccount: read.int('RATE_LIMIT_SEARCHES_PER_ACCOUNT', 120, 1, 100_000),
      searchesPerIp: read.int('RATE_LIMIT_SEARCHES_PER_IP', 600, 1, 100_000),
    },
    login: {
      maxFailures: read.int('LOGIN_MAX_FAILURES', 5, 1, 100),
      lockoutMinutes: read.int('LOGIN_LOCKOUT_MINUTES', 15, 1, 24 * 60),
      perIpPerMinute: read.int('LOGIN_RATE_LIMIT_PER_IP', 30, 1, 10_000),
      perAccountPerMinute: read.int('LOGIN_RATE_LIMIT_PER_ACCOUNT', 10, 1, 10_000),
    },
    invitationTtlHours: read.int('INVITATION_TTL_HOURS', 72, 1, 24 * 30),
    encryption: { keys: parseEncryptionKeys(encryptionKeysRaw ?? developmentEncryptionKeys(dataDir)) },
    followUp: {
      checkInDays: parseCheckInDays(read.optional('CHECK_IN_DAYS')),
      checkInGraceDays: read.int('CHECK_IN_GRACE_DAYS', CHECK_IN_GRACE_DAYS_DEFAULT, 1, 90),
      flagDueHours: parseFlagDueHours(read.optional('FLAG_DUE_HOURS')),
      noPlacementDays: read.int('NO_PLACEMENT_DAYS', NO_PLACEMENT_DAYS_DEFAULT, 1, 3650),
    },
    demoSeed,
    runWorkers: read.bool('RUN_WORKERS', true),
    portalDir: isAbsolute(portalDirRaw) ? portalDirRaw : join(root, portalDirRaw),
    logLevel: read.oneOf('LOG_LEVEL', ['debug', 'info', 'warn', 'error'] as const, 'info'),
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');

/**
 * TRUST_PROXY: "false" (or unset), a number of proxy hops in front of Onward, or the proxies'
 * addresses and CIDR ranges, comma-separated. "true" (believe any X-Forwarded-For) is refused:
 * anyone reaching the server directly could then choose the address their rate limits and audit
 * lines are kept under.
 */
export function parseTrustProxy(raw: string | undefined): false | number | string[] {
  const value = raw?.trim() ?? '';
  if (value === '' || value === 'false') return false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops < 1 || hops > 10) throw new ConfigError('TRUST_PROXY', `must be between 1 and 10 hops, got ${value}`);
    return hops;
  }
  if (value === 'true') throw new ConfigError('TRUST_PROXY', 'cannot be "true" (it would believe any client): give the number of proxies in front of Onward, e.g. 1, or their addresses, e.g. 10.0.0.0/8');
  const entries = value.split(',').map((entry) => entry.trim()).filter(Boolean);
  for (const entry of entries) {
    if (!/^[0-9a-fA-F:.]+(\/\d{1,3})?$/.test(entry)) throw new ConfigError('TRUST_PROXY', `has an entry that is not an address or CIDR range: "${entry}"`);
  }
  return entries;
}
