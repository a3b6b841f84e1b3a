import 'reflect-metadata';
import { createApp } from './bootstrap';
import { exitOnFailure, startProcess, stopInOrderOnSignal } from './process-lifecycle';
import { FieldCipher } from './common/crypto/field-cipher';
import { SearchIndexer } from './modules/opportunities/search-indexer';
import { PersonalDetailsSealer } from './modules/survivors/personal-details';
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from './seed/demo-seed';

async function main(): Promise<void> {
  const { config, logger, database } = await startProcess();
  const seeded = config.demoSeed && (await seedDemo(database.url, new PersonalDetailsSealer(new FieldCipher(config))));

  const app = await createApp(config, database);
  if (seeded) {
    // The seed writes rows directly, so the search index is built from them once.
    const { indexed } = await app.get(SearchIndexer).reindexAll();
    logger.log(`Seeded the demo dataset and indexed ${indexed} opportunities`, 'Seed');
  }
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
