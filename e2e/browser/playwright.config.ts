import { defineConfig } from '@playwright/test';
import { join } from 'node:path';
import { BASE_URL, DATA_DIR, EMBEDDED_POSTGRES_PORT, PORT } from './support/env';

const REPO_ROOT = join(__dirname, '..', '..');

/**
 * The browser suite: the built API serving the built portal, with its own embedded PostgreSQL
 * and a fresh data folder per run, driven through Debian's Chromium (never a downloaded one).
 * `npm run test:browser` builds first.
 */
export default defineConfig({
  testDir: __dirname,
  testMatch: /.*\.(spec|setup)\.ts$/,
  outputDir: join(REPO_ROOT, 'test-results'),
  // Every test opens its own browser contexts and signs in as it needs: any order works.
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  // Generous: a shared 2-core CI machine also runs the API, PostgreSQL and Chromium.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: join(REPO_ROOT, 'playwright-report') }]],
  use: {
    baseURL: BASE_URL,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
    // Tracing doubles the run time here; to investigate a failure: --trace retain-on-failure.
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
        // Only this machine is reachable: no request leaves it, whatever a page asks for.
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
      ],
    },
  },
  projects: [
    { name: 'setup', testMatch: /auth\.setup\.ts$/, use: { browserName: 'chromium' } },
    {
      name: 'chromium',
      testMatch: /.*\.spec\.ts$/,
      dependencies: ['setup'],
      use: { browserName: 'chromium' },
    },
  ],
  webServer: {
    // node dist/apps/api/apps/api/src/main.js, plus removing the data folder once it has stopped.
    command: 'node e2e/browser/server.mjs',
    cwd: REPO_ROOT,
    url: `${BASE_URL}/api/v1/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    // Without it Playwright SIGKILLs the server and the embedded PostgreSQL never shuts down.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      PORT: String(PORT),
      DATA_DIR,
      EMBEDDED_POSTGRES_PORT: String(EMBEDDED_POSTGRES_PORT),
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      SMTP_URL: '',
      MEILISEARCH_URL: '',
      PUBLIC_URL: BASE_URL,
      NODE_ENV: 'development',
    },
  },
});
