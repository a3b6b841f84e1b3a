import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppModule } from '../app.module';
import { bootstrap, createAdapter } from '../bootstrap';
import { Clock } from '../common/clock/clock';
import { JsonLogger } from '../common/logging/json-logger';
import { AppConfig, loadConfig } from '../config/app-config';
import { DatabaseTarget } from '../database/database.tokens';
import { FakeClock } from './fake-clock';
import { createTestDatabase, TestDatabase } from './test-database';

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  db: TestDatabase;
  clock: FakeClock;
  /** Every log line the app wrote, as written. */
  logs: string[];
  close(): Promise<void>;
}

export interface TestAppOptions {
  env?: Record<string, string>;
  engine?: DatabaseTarget['engine'];
  /** Reuse a database (e.g. to run two instances on one); by default each app gets its own. */
  db?: TestDatabase;
}

/**
 * The real application on its own fresh database, through the same bootstrap() as main.ts.
 * Only the clock is swapped. Mail goes to a temporary folder unless SMTP_URL is given.
 */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const db = options.db ?? (await createTestDatabase());
  const dataDir = mkdtempSync(join(tmpdir(), 'onward-test-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    SESSION_SECRET: 'test-session-secret-that-is-long-enough-0123456789',
    PORTAL_DIR: join(dataDir, 'no-portal'),
    LOG_LEVEL: 'info',
    // Suites send bursts no person would; the budgets themselves are tested with their own values
    // (rate-limits.e2e-spec.ts).
    RATE_LIMIT_WRITES_PER_ACCOUNT: '100000',
    RATE_LIMIT_WRITES_PER_IP: '100000',
    RATE_LIMIT_SEARCHES_PER_ACCOUNT: '100000',
    RATE_LIMIT_SEARCHES_PER_IP: '100000',
    ...options.env,
  });
  const clock = new FakeClock();
  const logs: string[] = [];
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot(config, { url: db.appUrl, engine: options.engine ?? 'postgresql' })],
  })
    .overrideProvider(Clock)
    .useValue(clock)
    .compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(createAdapter(config), {
    logger: new JsonLogger('info', (line) => logs.push(line)),
  });
  await bootstrap(app, config);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return {
    app,
    config,
    db,
    clock,
    logs,
    close: async () => {
      await app.close();
      if (!options.db) await db.drop();
    },
  };
}
