import type { ParseKeys } from 'i18next';
import type { DeadLetter, SystemStatus } from './api/types';

export type QueueName = DeadLetter['queue'];

/** Each queue's label: queue names hold dots, which i18next reads as nesting. */
export const QUEUE_LABEL_KEYS = {
  'email.send': 'operations.queues.emailSend',
  'search.sync': 'operations.queues.searchSync',
  'check-ins.scan': 'operations.queues.checkInsScan',
  'flags.escalate': 'operations.queues.flagsEscalate',
  'risk.employer-event': 'operations.queues.riskEmployerEvent',
  'risk.no-placement': 'operations.queues.riskNoPlacement',
  'idempotency.purge': 'operations.queues.idempotencyPurge',
} as const satisfies Record<QueueName, ParseKeys>;

export function queueLabelKey(name: string): ParseKeys | undefined {
  return (QUEUE_LABEL_KEYS as Record<string, ParseKeys>)[name];
}

type Engines = {
  database: SystemStatus['database']['engine'];
  search: SystemStatus['search']['engine'];
  mail: SystemStatus['mail']['engine'];
};

export const ENGINE_LABEL_KEYS = {
  database: { embedded: 'operations.status.engines.databaseEmbedded', postgresql: 'operations.status.engines.databasePostgresql' },
  search: { embedded: 'operations.status.engines.searchEmbedded', meilisearch: 'operations.status.engines.searchMeilisearch' },
  mail: { embedded: 'operations.status.engines.mailEmbedded', smtp: 'operations.status.engines.mailSmtp' },
} as const satisfies { [Part in keyof Engines]: Record<Engines[Part], ParseKeys> };

/**
 * How an admin tells survivors' accounts apart without their name: the start of the account's
 * id, which is also how the audit trail names it.
 */
export const accountReference = (id: string): string => id.slice(0, 8);
