import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { FieldCipher } from '../../common/crypto/field-cipher';
import { QueueModule } from '../queue/queue.module';
import { IdempotencyKeysRepository } from './idempotency-keys.repository';
import { IdempotencyInterceptor } from './idempotency.interceptor';
import { IdempotencyService } from './idempotency.service';
import { IdempotencyWorker } from './idempotency.worker';

/** Idempotency-Key on every POST, PUT and PATCH of a signed-in user (IdempotencyService). */
@Module({
  imports: [QueueModule],
  providers: [IdempotencyKeysRepository, IdempotencyService, IdempotencyWorker, FieldCipher, { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor }],
  exports: [IdempotencyService],
})
export class IdempotencyModule {}
