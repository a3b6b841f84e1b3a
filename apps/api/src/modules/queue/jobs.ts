/**
 * Every job Onward runs, its payload and its retry policy. Payloads carry ids only: nothing
 * identifying may sit in the queue (DESIGN.md safety rule 4).
 */
export interface JobPayloads {
  'email.send': { emailId: string };
  /** Brings the search index in line with one job, grant programme, or all of an employer's jobs. */
  'search.sync': { kind: 'job' | 'grant' | 'employer'; id: string };
}

export type JobName = keyof JobPayloads;

interface JobDefinition {
  /** Jobs a worker takes per fetch; they run one after another. */
  batchSize: number;
  retry: { retryLimit: number; retryDelay: number; retryBackoff: boolean; expireInSeconds: number };
}

export const JOB_DEFINITIONS: Record<JobName, JobDefinition> = {
  // 30 s, 1 min, 2 min ... about 2 hours of attempts before the dead-letter queue.
  'email.send': { batchSize: 1, retry: { retryLimit: 8, retryDelay: 30, retryBackoff: true, expireInSeconds: 120 } },
  // 5 s, 10 s, 20 s ... about 1.5 hours while the search engine is down, then the dead-letter
  // queue; a full reindex (npm run search:reindex) repairs anything that ends there.
  'search.sync': { batchSize: 20, retry: { retryLimit: 10, retryDelay: 5, retryBackoff: true, expireInSeconds: 300 } },
};
