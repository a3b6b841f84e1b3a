/**
 * A worker process: runs the queue's jobs (email, index sync, the check-in scan, escalation)
 * without serving HTTP. Start as many as the load needs; pg-boss hands each job to one of them.
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { exitOnFailure, startProcess, stopInOrderOnSignal } from './process-lifecycle';

async function main(): Promise<void> {
  const { config, logger, database } = await startProcess({ runWorkers: true });
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, database), { logger });
  await app.init();
  stopInOrderOnSignal(app, database);
  logger.log('Worker started', 'Worker');
}

exitOnFailure(main());
