import { DynamicModule, Global, Module } from '@nestjs/common';
import { Clock } from '../common/clock/clock';
import { DATABASE_TARGET, DatabaseTarget } from '../database/database.tokens';
import { TransactionRunner } from '../database/transaction-runner';
import { APP_CONFIG, AppConfig } from './app-config';

/** Configuration and the small adapters every module uses. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig, database: DatabaseTarget): DynamicModule {
    return {
      module: CoreModule,
      providers: [{ provide: APP_CONFIG, useValue: config }, { provide: DATABASE_TARGET, useValue: database }, Clock, TransactionRunner],
      exports: [APP_CONFIG, DATABASE_TARGET, Clock, TransactionRunner],
    };
  }
}
