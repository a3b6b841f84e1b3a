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
//
// The API serves a copy of the built portal, taken from dist/ at start: a build of the portal
// during a run (another terminal on the same checkout) empties dist/apps/portal for a moment, and
// the pages opened then would be "Cannot GET" or load another build's assets.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';

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

const BUILT_PORTAL = 'dist/apps/portal';
const portalDir = join(dataDir, 'portal');

/** Every file index.html names is in `dir`: not a copy taken half-way through a build. */
function isWholeBuild(dir) {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return false;
  const assets = [...readFileSync(index, 'utf8').matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((match) => match[1]);
  return assets.length > 0 && assets.every((asset) => existsSync(join(dir, asset)));
}

mkdirSync(dataDir, { recursive: true });
for (let attempt = 1; ; attempt++) {
  rmSync(portalDir, { recursive: true, force: true });
  cpSync(BUILT_PORTAL, portalDir, { recursive: true });
  if (isWholeBuild(portalDir)) break;
  if (attempt === 10) {
    console.error(`e2e/browser/server.mjs: ${BUILT_PORTAL} is not a whole build (run npm run test:browser, which builds it)`);
    process.exit(2);
  }
  // A build is being written: wait for it to finish.
  await new Promise((done) => setTimeout(done, 1_000));
}

const api = spawn(process.execPath, ['dist/apps/api/apps/api/src/main.js'], {
  stdio: 'inherit',
  env: { ...process.env, PORTAL_DIR: portalDir },
  detached: true,
});

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
