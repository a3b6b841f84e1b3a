import { HttpException, Inject, Injectable, Logger } from '@nestjs/common';
import { ApiErrorBody } from '@onward/shared';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { FieldCipher } from '../../common/crypto/field-cipher';
import { AllExceptionsFilter } from '../../common/errors/all-exceptions.filter';
import { DomainException } from '../../common/errors/domain.exception';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { IdempotencyErrors } from './idempotency-key';
import { IdempotencyKeysRepository, KeyAttempt } from './idempotency-keys.repository';

/** How long a key and its answer are kept. */
export const KEY_TTL_MS = 24 * 60 * 60 * 1000;

/** What to do with a request that carries a key: run it under this attempt, or answer as before. */
export type Start = { run: KeyAttempt } | { replay: { status: number; body: unknown } } | { replayError: DomainException };

/**
 * Idempotency-Key for POST, PUT and PATCH (the interceptor decides which requests).
 *
 * The guarantee: for one user and one key, the request's effect is committed at most once, and
 * a client that retries with the same key until it gets an answer other than a 5xx, 409
 * idempotency_in_progress or 429 has it committed exactly once. How:
 * 1. An attempt takes the key in its own committed statement (`in_progress`, with a lease of
 *    HTTP_REQUEST_TIMEOUT_MS, by when the request has been answered whatever happens).
 * 2. Every transaction the handler commits through the TransactionRunner marks the key
 *    `applied` in that same commit, and only while this attempt still holds it. The effect and
 *    the mark are one commit: both or neither, whatever dies in between.
 * 3. The answer is kept (`completed`), sealed, and replayed to retries with Idempotent-Replayed.
 * What a retry sees when something died:
 * - before the effect committed: the key is let go at once (or its lease runs out, if the
 *   process or the database went away), and the retry runs the request afresh. An attempt that
 *   is still running when its lease is taken over can no longer commit (step 2 fails).
 * - after the effect committed but before the answer was kept: the request is not run again.
 *   The retry gets 409 idempotency_in_progress until the lease ends, then 409
 *   idempotency_already_applied: applied once, answer lost; the client reloads what it needs.
 * Limits: an effect committed outside the TransactionRunner (no route here does) is not covered
 * by step 2; a handler that commits two transactions can be cut between them, and then counts
 * as applied with only the first. Every service here makes one change in one transaction.
 */
@Injectable()
export class IdempotencyService {
  private readonly logger = new Logger(IdempotencyService.name);
  private readonly errors = new AllExceptionsFilter();

  constructor(
    private readonly keys: IdempotencyKeysRepository,
    private readonly cipher: FieldCipher,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async start(userId: string, key: string, requestHash: string): Promise<Start> {
    // Twice at most: a key that expired or was let go between the two statements is taken on the second pass.
    for (let pass = 0; ; pass++) {
      const now = this.clock.now();
      const attempt = { userId, key, attemptId: randomUUID() };
      const lockedUntil = new Date(now.getTime() + this.config.http.requestTimeoutMs);
      if (await this.keys.reserve(attempt, requestHash, now, lockedUntil, new Date(now.getTime() - KEY_TTL_MS))) return { run: attempt };

      const stored = await this.keys.find(userId, key);
      if (!stored) {
        if (pass === 0) continue;
        throw IdempotencyErrors.inProgress(1);
      }
      if (stored.requestHash !== requestHash) throw IdempotencyErrors.reused();
      if (stored.state === 'completed') return this.replay(userId, key, stored.responseStatus!, stored.responseBody!);
      const leaseLeft = new Date(stored.lockedUntil).getTime() - now.getTime();
      if (leaseLeft > 0) throw IdempotencyErrors.inProgress(leaseLeft / 1000);
      // Applied, lease over, no answer: never run it again.
      throw IdempotencyErrors.alreadyApplied();
    }
  }

  /** The commit step of every transaction the attempt's handler commits (see step 2 above). */
  async markApplied(manager: EntityManager, attempt: KeyAttempt): Promise<void> {
    // Another attempt took the key over after this one's lease ran out: this effect must not commit.
    if (!(await this.keys.markApplied(manager, attempt))) throw IdempotencyErrors.inProgress(1);
  }

  /** The handler answered: keep the answer for retries. A failure to keep it does not fail the request. */
  async succeeded(attempt: KeyAttempt, status: number, body: unknown): Promise<void> {
    await this.keep(attempt, status, body);
  }

  /**
   * The handler threw. A refusal (4xx) is the request's answer and is kept like a success,
   * except a 429, which says "later" rather than "no". Anything else lets the key go.
   */
  async failed(attempt: KeyAttempt, error: unknown): Promise<void> {
    const status = error instanceof DomainException ? error.status : error instanceof HttpException ? error.getStatus() : 500;
    if (status >= 400 && status < 500 && status !== 429) {
      await this.keep(attempt, status, this.errors.toResponse(error).body);
      return;
    }
    // If the database is still out of reach, the lease runs out on its own.
    await withRetries(() => this.keys.release(attempt, this.clock.now())).catch((releaseError: Error) =>
      this.logger.warn({ msg: 'Could not let an idempotency key go; its lease will end it', error: releaseError.message }),
    );
  }

  /** Keys past their 24 hours, and the answers they hold, are deleted. */
  async purgeExpired(batchSize = 1000): Promise<number> {
    const before = new Date(this.clock.now().getTime() - KEY_TTL_MS);
    let total = 0;
    for (;;) {
      const deleted = await this.keys.purgeCreatedBefore(before, batchSize);
      total += deleted;
      if (deleted < batchSize) return total;
    }
  }

  private async keep(attempt: KeyAttempt, status: number, body: unknown): Promise<void> {
    // { body } keeps "no body" (undefined) apart from a null one.
    const sealed = this.cipher.seal(JSON.stringify({ body }), sealContext(attempt.userId, attempt.key));
    await withRetries(() => this.keys.complete(attempt, status, sealed)).catch((error: Error) =>
      this.logger.warn({ msg: 'Could not keep the answer of an idempotent request; a retry will get idempotency_already_applied', error: error.message }),
    );
  }

  private replay(userId: string, key: string, status: number, sealed: string): Start {
    let body: unknown;
    try {
      ({ body } = JSON.parse(this.cipher.open(sealed, sealContext(userId, key))) as { body?: unknown });
    } catch (error) {
      // Sealed with an encryption key removed since: the answer is as good as lost.
      this.logger.warn({ msg: 'A kept answer could not be opened', error: (error as Error).message });
      throw IdempotencyErrors.alreadyApplied();
    }
    if (status < 400) return { replay: { status, body } };
    const error = body as ApiErrorBody;
    return { replayError: new DomainException(error.code, error.message, status, error.fields) };
  }
}

/**
 * Three tries, a moment apart: after a cut, the pool may still hand out a connection that died
 * under it; it drops each one as it fails, and opens new ones.
 */
async function withRetries(work: () => Promise<void>): Promise<void> {
  for (let tries = 1; ; tries++) {
    try {
      return await work();
    } catch (error) {
      if (tries === 3) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * tries));
    }
  }
}

/** Binds a sealed answer to its user and key: copied to another row, it does not open. */
function sealContext(userId: string, key: string): string {
  return `idempotency:${userId}:${key}`;
}
