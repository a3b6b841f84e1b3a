import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, EntityManager } from 'typeorm';

type CommitStep = (manager: EntityManager) => Promise<void>;

const commitSteps = new AsyncLocalStorage<CommitStep>();

/**
 * Runs `work` (a request's handler) so that every transaction it commits through the
 * TransactionRunner takes `step` last, inside that transaction. The idempotency interceptor
 * marks a key "applied" this way, in the same commit as the effect: the two happen together
 * or not at all, whatever dies in between.
 */
export function withCommitStep<T>(step: CommitStep, work: () => T): T {
  return commitSteps.run(step, work);
}

/**
 * Runs work in one database transaction. Repositories take the manager it hands out, so a
 * change, its audit line and the jobs it causes commit or roll back together.
 */
@Injectable()
export class TransactionRunner {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const step = commitSteps.getStore();
    if (!step) return this.dataSource.transaction(work);
    return this.dataSource.transaction(async (manager) => {
      const result = await work(manager);
      await step(manager);
      return result;
    });
  }
}
