// The portal's API types come from the API's OpenAPI document.
//   node scripts/api-contract.mjs          writes apps/portal/src/api/openapi.json and schema.ts
//   node scripts/api-contract.mjs --check  fails when either is stale
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'apps/portal/src/api/openapi.json');
const check = process.argv.includes('--check');

process.env.SWC_NODE_PROJECT = join(root, 'apps/api/tsconfig.json');
const require = createRequire(import.meta.url);
require('@swc-node/register');
const { generateOpenApiJson } = require(join(root, 'apps/api/src/openapi.ts'));
const json = await generateOpenApiJson();

if (check) {
  if (readFileSync(target, 'utf8') !== json) {
    console.error('apps/portal/src/api/openapi.json is stale: the API changed. Run `npm run generate:api` and commit the result.');
    process.exit(1);
  }
} else {
  writeFileSync(target, json);
  console.log('Wrote apps/portal/src/api/openapi.json');
}
execFileSync(process.execPath, [join(root, 'apps/portal/scripts/generate-api-types.mjs'), ...(check ? ['--check'] : [])], { stdio: 'inherit' });
