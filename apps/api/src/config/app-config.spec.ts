import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './app-config';

const SECRET = 'a-session-secret-that-is-long-enough-0123456789';
const KEY = Buffer.alloc(32, 1).toString('base64');

describe('loadConfig', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'onward-config-'));
  });

  /** A development environment that writes nothing outside its temporary folder. */
  const env = (overrides: Record<string, string | undefined> = {}) => ({ DATA_DIR: dataDir, SESSION_SECRET: SECRET, ...overrides });
  const production = (overrides: Record<string, string | undefined> = {}) =>
    env({ NODE_ENV: 'production', DATABASE_URL: 'postgres://onward:pw@db:5432/onward', DEMO_SEED: undefined, ENCRYPTION_KEYS: `k1:${KEY}`, ...overrides });

  function configError(load: () => unknown): ConfigError {
    try {
      load();
    } catch (error) {
      if (error instanceof ConfigError) return error;
      throw error;
    }
    throw new Error('expected a ConfigError, but the configuration loaded');
  }

  it.each([
    ['PORT', 'development', { PORT: 'eighty' }],
    ['PORT', 'development', { PORT: '0' }],
    ['PORT', 'development', { PORT: '65536' }],
    ['PORT', 'development', { PORT: '80.5' }],
    ['PORT', 'development', { PORT: '-1' }],
    ['DATABASE_URL', 'development', { DATABASE_URL: 'mysql://onward:pw@db/onward' }],
    ['DATABASE_URL', 'development', { DATABASE_URL: 'not a url' }],
    ['SESSION_SECRET', 'development', { SESSION_SECRET: 'too-short' }],
    ['DEMO_SEED', 'production', { DEMO_SEED: 'true' }],
    ['SESSION_SECRET', 'production', { SESSION_SECRET: undefined }],
    ['DATABASE_URL', 'production', { DATABASE_URL: undefined }],
    ['DATABASE_APP_URL', 'development', { DATABASE_APP_URL: 'postgres://onward_app:pw@db/onward' }],
    ['TRUST_PROXY', 'development', { TRUST_PROXY: 'true' }],
    ['METRICS_TOKEN', 'development', { METRICS_TOKEN: 'short' }],
    ['TRUST_PROXY', 'development', { TRUST_PROXY: '0' }],
    ['TRUST_PROXY', 'development', { TRUST_PROXY: '10.0.0.1, proxy.internal' }],
    ['RATE_LIMIT_WRITES_PER_ACCOUNT', 'development', { RATE_LIMIT_WRITES_PER_ACCOUNT: 'lots' }],
    ['DATABASE_APP_URL', 'production', { DATABASE_APP_URL: 'http://db/onward' }],
    ['SMTP_URL', 'development', { SMTP_URL: 'http://mail:25' }],
    ['MEILISEARCH_URL', 'development', { MEILISEARCH_URL: 'ftp://search' }],
    ['NODE_ENV', 'development', { NODE_ENV: 'staging' }],
    ['RUN_WORKERS', 'development', { RUN_WORKERS: 'sometimes' }],
    ['BODY_LIMIT_BYTES', 'development', { BODY_LIMIT_BYTES: '10' }],
    ['HTTP_REQUEST_TIMEOUT_MS', 'development', { HTTP_REQUEST_TIMEOUT_MS: '30s' }],
    ['HTTP_REQUEST_TIMEOUT_MS', 'development', { HTTP_REQUEST_TIMEOUT_MS: '0' }],
    ['DATABASE_STATEMENT_TIMEOUT_MS', 'development', { DATABASE_STATEMENT_TIMEOUT_MS: '-5' }],
    ['DATABASE_STATEMENT_TIMEOUT_MS', 'development', { DATABASE_STATEMENT_TIMEOUT_MS: '30000' }],
    ['DATABASE_STATEMENT_TIMEOUT_MS', 'production', { HTTP_REQUEST_TIMEOUT_MS: '5000', DATABASE_STATEMENT_TIMEOUT_MS: '6000' }],
    ['CORS_ORIGINS', 'development', { CORS_ORIGINS: 'https://ok.example, not-a-url' }],
    ['ENCRYPTION_KEYS', 'production', { ENCRYPTION_KEYS: undefined }],
    ['ENCRYPTION_KEYS', 'development', { ENCRYPTION_KEYS: `k1:${Buffer.alloc(16).toString('base64')}` }],
    ['ENCRYPTION_KEYS', 'development', { ENCRYPTION_KEYS: `k1:${KEY},k1:${KEY}` }],
    ['ENCRYPTION_KEYS', 'development', { ENCRYPTION_KEYS: KEY }],
    ['CHECK_IN_DAYS', 'development', { CHECK_IN_DAYS: '30,7' }],
    ['CHECK_IN_DAYS', 'development', { CHECK_IN_DAYS: '7,seven' }],
    ['CHECK_IN_DAYS', 'development', { CHECK_IN_DAYS: '0,7' }],
    ['CHECK_IN_GRACE_DAYS', 'development', { CHECK_IN_GRACE_DAYS: '0' }],
    ['FLAG_DUE_HOURS', 'development', { FLAG_DUE_HOURS: 'urgent=1' }],
    ['FLAG_DUE_HOURS', 'development', { FLAG_DUE_HOURS: 'critical=0' }],
    ['NO_PLACEMENT_DAYS', 'development', { NO_PLACEMENT_DAYS: 'sixty' }],
  ] as const)('refuses a bad %s with a ConfigError that names it (%s %j)', (variable, mode, overrides) => {
    const error = configError(() => loadConfig(mode === 'production' ? production(overrides) : env(overrides)));
    expect(error.variable).toBe(variable);
    expect(error.message).toContain(variable);
  });

  it('reads the follow-up schedule, keeping defaults for what is left out', () => {
    expect(loadConfig(env()).followUp).toEqual({ checkInDays: [7, 30, 90, 180, 365, 730], checkInGraceDays: 7, flagDueHours: { critical: 4, high: 24, medium: 72, low: 168 }, noPlacementDays: 60 });
    const custom = loadConfig(env({ CHECK_IN_DAYS: '3, 14', CHECK_IN_GRACE_DAYS: '2', FLAG_DUE_HOURS: 'critical=1,low=48', NO_PLACEMENT_DAYS: '30' })).followUp;
    expect(custom).toEqual({ checkInDays: [3, 14], checkInGraceDays: 2, flagDueHours: { critical: 1, high: 24, medium: 72, low: 48 }, noPlacementDays: 30 });
  });

  it('does not repeat a secret or a database password in the error it logs', () => {
    expect(configError(() => loadConfig(env({ SESSION_SECRET: 'hunter2-short' }))).message).not.toContain('hunter2');
    expect(configError(() => loadConfig(env({ DATABASE_URL: 'mysql://onward:hunter2@db/onward' }))).message).not.toContain('hunter2');
  });

  it('believes X-Forwarded-For only from the proxies it is told about', () => {
    expect(loadConfig(env({ TRUST_PROXY: 'false' })).http.trustProxy).toBe(false);
    expect(loadConfig(env({ TRUST_PROXY: '1' })).http.trustProxy).toBe(1);
    expect(loadConfig(env({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.10, ::1' })).http.trustProxy).toEqual(['10.0.0.0/8', '192.168.1.10', '::1']);
  });

  it('starts with zero-setup defaults when nothing is set', () => {
    const config = loadConfig(env());
    expect(config.nodeEnv).toBe('development');
    expect(config.database.url).toBeUndefined();
    expect(config.search.meilisearchUrl).toBeUndefined();
    expect(config.mail.smtpUrl).toBeUndefined();
    expect(config.mail.dir).toBe(join(dataDir, 'mail'));
    expect(config).toMatchObject({ host: '127.0.0.1', port: 3000, publicUrl: 'http://localhost:3000', runWorkers: true, demoSeed: true, invitationTtlHours: 72 });
    expect(config.session.secureCookies).toBe(false);
    expect(config.http).toEqual({ corsOrigins: [], bodyLimitBytes: 100 * 1024, trustProxy: false, requestTimeoutMs: 30_000 });
    expect(config.database.statementTimeoutMs).toBe(15_000);
  });

  it('reads the request and statement timeouts', () => {
    const config = loadConfig(env({ HTTP_REQUEST_TIMEOUT_MS: '8000', DATABASE_STATEMENT_TIMEOUT_MS: '2500' }));
    expect(config.http.requestTimeoutMs).toBe(8000);
    expect(config.database.statementTimeoutMs).toBe(2500);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig(env({ PORT: '', DATABASE_URL: '', SMTP_URL: '' }))).toMatchObject({ port: 3000, database: { url: undefined }, mail: { smtpUrl: undefined } });
  });

  it('in production: no demo data by default, and secure cookies behind an https PUBLIC_URL', () => {
    const config = loadConfig(production({ PUBLIC_URL: 'https://onward.example.org/' }));
    expect(config.demoSeed).toBe(false);
    expect(config.publicUrl).toBe('https://onward.example.org');
    expect(config.session.secureCookies).toBe(true);
  });

  it('reads encryption keys with the first one current, and generates a development key once', () => {
    const other = Buffer.alloc(32, 7).toString('base64');
    const keys = loadConfig(env({ ENCRYPTION_KEYS: `k2:${other}, k1:${KEY}` })).encryption.keys;
    expect(keys.map((key) => key.id)).toEqual(['k2', 'k1']);
    expect(keys[0].key.equals(Buffer.alloc(32, 7))).toBe(true);
    const generated = loadConfig(env()).encryption.keys;
    expect(generated).toHaveLength(1);
    expect(generated[0].key).toHaveLength(32);
    expect(loadConfig(env()).encryption.keys[0].key.equals(generated[0].key)).toBe(true);
  });

  it('in development, generates a session secret once and keeps it under DATA_DIR', () => {
    const first = loadConfig(env({ SESSION_SECRET: undefined }));
    expect(first.session.secret.length).toBeGreaterThanOrEqual(32);
    expect(existsSync(join(dataDir, 'session-secret'))).toBe(true);
    expect(readFileSync(join(dataDir, 'session-secret'), 'utf8').trim()).toBe(first.session.secret);
    expect(loadConfig(env({ SESSION_SECRET: undefined })).session.secret).toBe(first.session.secret);
  });
});
