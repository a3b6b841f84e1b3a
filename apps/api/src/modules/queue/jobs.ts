/**
 * Every job Onward runs, its payload and its retry policy. Payloads carry ids only: nothing
 * identifying may sit in the queue (DESIGN.md safety rule 4).
 */
export interface JobPayloads {
  'email.send': { emailId: string };
}

export type JobName = keyof JobPayloads;

interface JobDefinition {
  retry: { retryLimit: number; retryDelay: number; retryBackoff: boolean; expireInSeconds: number };
}

export const JOB_DEFINITIONS: Record<JobName, JobDefinition> = {
  // 30 s, 1 min, 2 min ... about 2 hours of attempts before the dead-letter queue.
  'email.send': { retry: { retryLimit: 8, retryDelay: 30, retryBackoff: true, expireInSeconds: 120 } },
};
