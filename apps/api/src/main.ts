import 'reflect-metadata';
import { createApp } from './bootstrap';
import { exitOnFailure, startProcess, stopInOrderOnSignal } from './process-lifecycle';
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from './seed/demo-seed';

async function main(): Promise<void> {
  const { config, logger, database } = await startProcess();
  if (config.demoSeed && (await seedDemo(database.url))) logger.log('Seeded the demo dataset', 'Seed');

  const app = await createApp(config, database);
  await app.listen({ port: config.port, host: config.host });
  stopInOrderOnSignal(app, database);

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
}

exitOnFailure(main());
