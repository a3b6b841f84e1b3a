/**
 * Every job Onward runs, its payload and its retry policy. Payloads carry ids only: nothing
 * identifying may sit in the queue (DESIGN.md safety rule 4).
 */
export interface JobPayloads {
  'email.send': { emailId: string };
  /** Brings the search index in line with one job, grant programme, or all of an employer's jobs. */
  'search.sync': { kind: 'job' | 'grant' | 'employer'; id: string };
  /** Check-ins falling due (reminders) and going unanswered past the grace period (missed). */
  'check-ins.scan': Record<string, never>;
  /** Unresolved flags past their due time: supervisors are told. */
  'flags.escalate': Record<string, never>;
  /** An employer was suspended or reported: a signal for each survivor working there now. */
  'risk.employer-event': { employerId: string; type: 'employer_suspended' | 'employer_reported'; sourceType: 'vetting_event' | 'concern'; sourceId: string };
  /** Survivors still without work some days after their last job ended. */
  'risk.no-placement': Record<string, never>;
  /** Idempotency keys past their 24 hours, and the answers they keep, are deleted. */
  'idempotency.purge': Record<string, never>;
}

export type JobName = keyof JobPayloads;

interface JobDefinition {
  /** Jobs a worker takes per fetch; they run one after another. */
  batchSize: number;
  retry: { retryLimit: number; retryDelay: number; retryBackoff: boolean; expireInSeconds: number };
  /**
   * Sent on this cron schedule (UTC) by pg-boss's scheduler, once per slot however many processes
   * run it. The handlers are idempotent scans, so a slot that runs twice changes nothing more.
   */
  cron?: string;
}

export const JOB_DEFINITIONS: Record<JobName, JobDefinition> = {
  // 30 s, 1 min, 2 min ... about 2 hours of attempts before the dead-letter queue.
  'email.send': { batchSize: 1, retry: { retryLimit: 8, retryDelay: 30, retryBackoff: true, expireInSeconds: 120 } },
  // 5 s, 10 s, 20 s ... about 1.5 hours while the search engine is down, then the dead-letter
  // queue; a full reindex (npm run search:reindex) repairs anything that ends there.
  'search.sync': { batchSize: 20, retry: { retryLimit: 10, retryDelay: 5, retryBackoff: true, expireInSeconds: 300 } },
  // A failed or killed scan rolls back its batch; the retry (or the next slot) picks it up again.
  'check-ins.scan': { batchSize: 1, retry: { retryLimit: 3, retryDelay: 60, retryBackoff: true, expireInSeconds: 900 }, cron: '*/10 * * * *' },
  'flags.escalate': { batchSize: 1, retry: { retryLimit: 3, retryDelay: 30, retryBackoff: true, expireInSeconds: 300 }, cron: '* * * * *' },
  'risk.employer-event': { batchSize: 5, retry: { retryLimit: 10, retryDelay: 10, retryBackoff: true, expireInSeconds: 600 } },
  'risk.no-placement': { batchSize: 1, retry: { retryLimit: 3, retryDelay: 300, retryBackoff: true, expireInSeconds: 1800 }, cron: '17 3 * * *' },
  'idempotency.purge': { batchSize: 1, retry: { retryLimit: 3, retryDelay: 60, retryBackoff: true, expireInSeconds: 600 }, cron: '41 * * * *' },
};
