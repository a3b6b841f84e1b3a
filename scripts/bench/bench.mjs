// npm run bench [-- --quick] [-- --strict]: search and matching latency through the HTTP API on a synthetic
// dataset, against a primary-key lookup measured in the same run. See scripts/bench/README.md.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
process.env.SWC_NODE_PROJECT = join(here, 'tsconfig.json');
const require = createRequire(import.meta.url);
require('@swc-node/register');
require(join(here, 'main.ts'));
