/**
 * Database scripts: `migrate` applies the committed migrations; `generate <Name>` writes a new
 * migration from the difference between the entities and a database with every migration applied.
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source-options';
import { migrateDatabase } from './migrate';
import { resolveDatabase } from './resolve-database';
import { startEmbeddedPostgres } from './embedded-postgres';

async function migrate(): Promise<void> {
  const config = loadConfig();
  const database = await resolveDatabase(config, (line) => console.log(line));
  try {
    const applied = await migrateDatabase(database.url);
    console.log(applied.length ? `Applied ${applied.join(', ')}` : 'The database is up to date.');
  } finally {
    await database.stop();
  }
}

async function generate(name: string): Promise<void> {
  if (!/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('Give the migration a PascalCase name, e.g. AddPlacements');
  const dir = mkdtempSync(join(tmpdir(), 'onward-migration-'));
  const pg = await startEmbeddedPostgres({ dir, port: 54000 + Math.floor(Math.random() * 1000), database: 'onward', persistent: false });
  try {
    const dataSource = await new DataSource(dataSourceOptions(pg.url)).initialize();
    await dataSource.runMigrations();
    const sql = await dataSource.driver.createSchemaBuilder().log();
    await dataSource.destroy();
    if (sql.upQueries.length === 0) {
      console.log('The entities match the migrations: nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const quote = (query: string) => '`' + query.replace(/`/g, '\\`') + '`';
    const up = sql.upQueries.map((q) => `    await queryRunner.query(${quote(q.query)});`).join('\n');
    const down = [...sql.downQueries].reverse().map((q) => `    await queryRunner.query(${quote(q.query)});`).join('\n');
    const file = join(__dirname, 'migrations', `${timestamp}-${name}.ts`);
    writeFileSync(
      file,
      `import { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${name}${timestamp} implements MigrationInterface {\n  name = '${name}${timestamp}';\n\n  async up(queryRunner: QueryRunner): Promise<void> {\n${up}\n  }\n\n  async down(queryRunner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
    );
    console.log(`Wrote ${file}: add it to migrations/index.ts.`);
  } finally {
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const [command, argument] = process.argv.slice(2);
const run = command === 'migrate' ? migrate() : command === 'generate' ? generate(argument ?? '') : Promise.reject(new Error('Usage: database-cli migrate | generate <Name>'));
run.then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
