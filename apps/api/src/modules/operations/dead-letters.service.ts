import { Injectable } from '@nestjs/common';
import { Clock } from '../../common/clock/clock';
import { Errors } from '../../common/errors/domain.exception';
import { Actor } from '../../common/security/request-context';
import { PAGE_LIMIT_DEFAULT } from '../../common/validation/page-query';
import { TransactionRunner } from '../../database/transaction-runner';
import { AuditService } from '../audit/audit.service';
import { JobQueue } from '../queue/job-queue';
import { JobName, JobPayloads } from '../queue/jobs';
import { deadLetterError } from './dead-letter-error';
import { DeadLetterDto, DeadLetterListQuery, DeadLetterPageDto, DeadLetterRetryDto } from './dto/dead-letter.dto';
import { DEAD_LETTER_QUEUES, deadLetterQueueOf, jobNameOf } from './job-names';
import { DeadLettersRepository } from './dead-letters.repository';

/**
 * Jobs that failed every attempt, and sending one again. JobQueue gives every queue a
 * dead-letter queue (`<name>.dead`) that nothing works: a letter waits there until an admin
 * retries it, or pg-boss archives it (about four weeks after its job was first queued).
 */
@Injectable()
export class DeadLettersService {
  constructor(
    private readonly deadLetters: DeadLettersRepository,
    private readonly queue: JobQueue,
    private readonly audit: AuditService,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async list(query: DeadLetterListQuery): Promise<DeadLetterPageDto> {
    const limit = query.limit ?? PAGE_LIMIT_DEFAULT;
    const offset = query.offset ?? 0;
    const { rows, total } = await this.deadLetters.list(query.queue ? [deadLetterQueueOf(query.queue)] : DEAD_LETTER_QUEUES, limit, offset);
    const items = rows.flatMap((row): DeadLetterDto[] => {
      const queue = jobNameOf(row.deadLetterQueue);
      if (!queue) return [];
      return [
        {
          id: row.id,
          queue,
          createdAt: row.createdAt ? new Date(row.createdAt).toISOString() : null,
          diedAt: new Date(row.diedAt).toISOString(),
          attempts: row.retryLimit + 1,
          error: deadLetterError(row.output),
        },
      ];
    });
    return { items, total, limit, offset };
  }

  /**
   * Sends a dead letter's job again, with its original payload, to the queue it died in (with
   * that queue's retries and dead-letter queue), and removes the letter: both in one
   * transaction, so the job is queued exactly when the letter is gone. A second retry of the
   * same letter, even one sent at the same moment, finds nothing: 404, and no second job.
   */
  retry(actor: Actor, id: string, clientAddress: string): Promise<DeadLetterRetryDto> {
    return this.transactions.run(async (manager) => {
      const letter = await this.deadLetters.take(manager, id, DEAD_LETTER_QUEUES);
      const queue = letter && jobNameOf(letter.deadLetterQueue);
      if (!letter || !queue) throw Errors.notFound('The dead letter');
      await this.queue.enqueue(manager, queue, (letter.data ?? {}) as JobPayloads[JobName]);
      await this.audit.record({ action: 'queue.dead_letter_retry', outcome: 'success', actor, subjectType: 'dead_letter', subjectId: id, clientAddress }, manager);
      return { id, queue, retriedAt: this.clock.now().toISOString() };
    });
  }
}
