// npm run db:migration:generate -- AddSomething
// Writes a migration from the difference between the entities and the committed migrations.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.env.SWC_NODE_PROJECT = join(root, 'apps/api/tsconfig.json');
process.argv = [process.argv[0], 'database-cli', 'generate', ...process.argv.slice(2)];
const require = createRequire(import.meta.url);
require('@swc-node/register');
require(join(root, 'apps/api/src/database/database-cli.ts'));
