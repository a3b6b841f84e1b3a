import { Injectable } from '@nestjs/common';
import { CONSENT_DEFAULT_DAYS, ConsentField } from '@onward/shared';
import { EntityManager } from 'typeorm';
import { Clock, DAY_MS } from '../../common/clock/clock';
import { Errors } from '../../common/errors/domain.exception';
import { Actor } from '../../common/security/request-context';
import { TransactionRunner } from '../../database/transaction-runner';
import { AuditService } from '../audit/audit.service';
import { Consent } from './consent.entity';
import { ConsentsRepository } from './consents.repository';
import { SurvivorAccess } from './survivor-access';

export interface ConsentInput {
  employerId: string;
  applicationId: string | null;
  fields: ConsentField[];
  days: number | null;
}

/** The fields an employer may see now, or null when nothing is consented (the employer sees nothing). */
export type SharedFields = ReadonlySet<ConsentField> | null;

export const mergeFields = (consents: Consent[]): SharedFields => (consents.length ? new Set(consents.flatMap((consent) => consent.fields)) : null);

/**
 * A survivor's consents to share with employers. Checked on every employer request, so a
 * revocation or an expiry takes effect on the next one.
 */
@Injectable()
export class ConsentsService {
  constructor(
    private readonly consents: ConsentsRepository,
    private readonly access: SurvivorAccess,
    private readonly audit: AuditService,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor, survivorId: string | 'me'): Promise<Consent[]> {
    const survivor = await this.access.ownOrAsCaseworker(actor, survivorId);
    // A caseworker reading the survivor's consents reads their record: it shows in their access log.
    if (survivorId !== 'me') await this.audit.record({ action: 'survivor.view', outcome: 'success', actor, subjectType: 'survivor', subjectId: survivor.id });
    return this.consents.listForSurvivor(survivor.id);
  }

  /** The survivor gives consent, or their caseworker records consent the survivor gave them. */
  async grant(actor: Actor, survivorId: string | 'me', input: ConsentInput): Promise<Consent> {
    const survivor = await this.access.ownOrAsCaseworker(actor, survivorId);
    return this.transactions.run(async (manager) => {
      if (!(await this.consents.hasApplied(survivor.id, input.employerId, input.applicationId, manager))) {
        throw Errors.invalidField(input.applicationId ? 'applicationId' : 'employerId', 'Consent is given to an employer you have applied to. Choose one of your applications.');
      }
      const now = this.clock.now();
      const consent = await this.consents.create(manager, {
        survivorId: survivor.id,
        employerId: input.employerId,
        applicationId: input.applicationId,
        fields: [...new Set(input.fields)],
        grantedAt: now,
        expiresAt: new Date(now.getTime() + (input.days ?? CONSENT_DEFAULT_DAYS) * DAY_MS),
        revokedAt: null,
        grantedById: actor.id,
      });
      await this.audit.record({ action: 'consent.grant', outcome: 'success', actor, subjectType: 'survivor', subjectId: survivor.id }, manager);
      return (await this.consents.findById(consent.id, manager))!;
    });
  }

  async revoke(actor: Actor, survivorId: string | 'me', consentId: string): Promise<Consent> {
    const survivor = await this.access.ownOrAsCaseworker(actor, survivorId);
    return this.transactions.run(async (manager) => {
      const consent = await this.consents.findById(consentId, manager);
      if (!consent || consent.survivorId !== survivor.id) throw Errors.notFound('The consent');
      if (!consent.revokedAt) {
        await this.consents.revoke(manager, consent.id, this.clock.now());
        await this.audit.record({ action: 'consent.revoke', outcome: 'success', actor, subjectType: 'survivor', subjectId: survivor.id }, manager);
      }
      return (await this.consents.findById(consent.id, manager))!;
    });
  }

  /** What the employer may see of this survivor for this application, right now. */
  async sharedFields(survivorId: string, employerId: string, applicationId: string | null, manager?: EntityManager): Promise<SharedFields> {
    return mergeFields(await this.consents.active(survivorId, employerId, applicationId, this.clock.now(), manager));
  }

  /** The same for a list of the employer's applications, in one query. */
  async sharedFieldsForApplications(employerId: string, applications: { id: string; survivorId: string }[]): Promise<Map<string, SharedFields>> {
    const active = await this.consents.activeForApplications(employerId, applications, this.clock.now());
    return new Map([...active].map(([applicationId, consents]) => [applicationId, mergeFields(consents)]));
  }
}
