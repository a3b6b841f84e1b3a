import { JOB_DEFINITIONS, JobName } from '../queue/jobs';

/** Every queue Onward runs: the allowlist of queue names the operations routes read and accept. */
export const JOB_NAMES = Object.keys(JOB_DEFINITIONS) as JobName[];

/** The queues with a cron schedule (pg-boss sends them; JobQueue.start declares them). */
export const SCHEDULED_JOBS = JOB_NAMES.flatMap((name) => {
  const cron = JOB_DEFINITIONS[name].cron;
  return cron ? [{ name, cron }] : [];
});

/** JobQueue.start gives every queue its dead-letter queue under this name. */
export const deadLetterQueueOf = (name: JobName): string => `${name}.dead`;

export const DEAD_LETTER_QUEUES = JOB_NAMES.map(deadLetterQueueOf);

/** The queue a dead letter came from; undefined for a name that is not one of Onward's dead-letter queues. */
export function jobNameOf(deadLetterQueue: string): JobName | undefined {
  return JOB_NAMES.find((name) => deadLetterQueueOf(name) === deadLetterQueue);
}
