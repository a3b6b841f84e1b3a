// Runs the built API (which serves the built portal) for the browser suite, then removes the
// run's data folder once the API and its embedded PostgreSQL have stopped.
//
// Why a wrapper and not a globalTeardown: Playwright runs globalTeardown *before* it stops the
// webServer, so a teardown would delete the folder under a running PostgreSQL.
//
// Playwright stops the webServer by signalling its process group (gracefulShutdown in
// playwright.config.ts). The API runs in a group of its own, so that signal does not also reach
// PostgreSQL's backends directly (they would drop the API's connections mid-shutdown); this
// wrapper passes it on to the API alone, which closes its connections and then stops PostgreSQL.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, resolve } from 'node:path';

const DATA_DIR_PREFIX = 'onward-browser-e2e-';
const dataDir = process.env.DATA_DIR;
const ownsDataDir =
  typeof dataDir === 'string' &&
  isAbsolute(dataDir) &&
  resolve(dirname(dataDir)) === resolve(tmpdir()) &&
  basename(dataDir).startsWith(DATA_DIR_PREFIX);
if (!ownsDataDir) {
  console.error(`e2e/browser/server.mjs: DATA_DIR must be a folder named ${DATA_DIR_PREFIX}* in ${tmpdir()}, got ${dataDir}`);
  process.exit(2);
}

const api = spawn(process.execPath, ['dist/apps/api/apps/api/src/main.js'], { stdio: 'inherit', env: process.env, detached: true });

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    // Once: the API stops on the first signal and would die half-way on a second.
    if (stopping || api.exitCode !== null) return;
    stopping = true;
    api.kill(signal);
  });
}

api.on('exit', (code, signal) => {
  try {
    rmSync(dataDir, { recursive: true, force: true, maxRetries: 3 });
  } catch (error) {
    console.error(`Could not remove ${dataDir}: ${error}`);
  }
  process.exit(code ?? (signal ? 1 : 0));
});
