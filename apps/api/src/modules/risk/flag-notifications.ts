import { Inject, Injectable, Logger } from '@nestjs/common';
import { RiskLevel } from '@onward/shared';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { MailService } from '../mail/mail.service';
import { RiskRepository } from './risk.repository';

type Occasion = 'opened' | 'raised' | 'alarm' | 'overdue';

const SUBJECTS: Record<Occasion, string> = {
  opened: 'A follow-up has been assigned to you',
  raised: 'A follow-up you hold is now more urgent',
  alarm: 'Someone you support asked for help',
  overdue: 'A follow-up in your organisation is overdue',
};

/**
 * The emails a flag sends, queued in the transaction that opened, raised or escalated it. They
 * carry the level, the due time and a link, never a name or a reason: whoever reads the inbox
 * learns nothing about the survivor (DESIGN.md safety rule 4).
 */
@Injectable()
export class FlagNotifications {
  private readonly logger = new Logger(FlagNotifications.name);

  constructor(
    private readonly mail: MailService,
    private readonly risk: RiskRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Tells the assigned caseworker; with nobody assigned (or their account disabled), the supervisors, or failing those every caseworker. */
  async toAssignee(manager: EntityManager, flag: { id: string; organisationId: string; assignedToId: string | null; level: RiskLevel; dueAt: Date }, occasion: Exclude<Occasion, 'overdue'>): Promise<number> {
    const assignee = flag.assignedToId ? await this.risk.activeEmailOf(manager, flag.assignedToId) : null;
    return this.send(manager, assignee ? [assignee] : await this.supervisors(manager, flag.organisationId), flag, occasion);
  }

  async toSupervisors(manager: EntityManager, flag: { id: string; organisationId: string; level: RiskLevel; dueAt: Date }): Promise<number> {
    return this.send(manager, await this.supervisors(manager, flag.organisationId), flag, 'overdue');
  }

  /** Supervisors; an organisation without one has every caseworker told, so a follow-up never goes unheard. */
  private async supervisors(manager: EntityManager, organisationId: string): Promise<string[]> {
    const supervisors = await this.risk.supervisorsOf(manager, organisationId);
    return (supervisors.length ? supervisors : await this.risk.caseworkersOf(manager, organisationId)).map((user) => user.email);
  }

  private async send(manager: EntityManager, recipients: string[], flag: { id: string; level: RiskLevel; dueAt: Date }, occasion: Occasion): Promise<number> {
    if (!recipients.length) {
      // Still on the queue page, shown overdue; the log names the flag only.
      this.logger.warn({ msg: 'Nobody to email about a flag', flagId: flag.id, occasion });
      return 0;
    }
    const link = `${this.config.publicUrl}/caseworker/flags/${flag.id}`;
    const due = flag.dueAt.toISOString().replace('T', ' ').slice(0, 16);
    const lead =
      occasion === 'overdue'
        ? `A ${flag.level} follow-up in your organisation was due by ${due} UTC and has not been resolved.`
        : occasion === 'alarm'
          ? `Someone you support pressed "I don't feel safe". Please follow up by ${due} UTC.`
          : `A ${flag.level} follow-up ${occasion === 'raised' ? 'you hold is now more urgent. It' : 'has been assigned to you. It'} is due by ${due} UTC.`;
    for (const to of new Set(recipients)) {
      await this.mail.queue(manager, { to, subject: SUBJECTS[occasion], text: `${lead}\n\nOpen it in Onward: ${link}\n\nThis email holds no details on purpose: sign in to see them.\n` });
    }
    return recipients.length;
  }
}
