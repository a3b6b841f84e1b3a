import { Injectable } from '@nestjs/common';
import { ConcernCategory, ConcernStatus, isForcedLabourIndicator } from '@onward/shared';
import { Clock } from '../../common/clock/clock';
import { Errors } from '../../common/errors/domain.exception';
import { Actor } from '../../common/security/request-context';
import { TransactionRunner } from '../../database/transaction-runner';
import { AuditService } from '../audit/audit.service';
import { RateLimiter } from '../rate-limit/rate-limiter';
import { ConcernReport } from './concern-report.entity';
import { ConcernsRepository } from './concerns.repository';
import { EmployersRepository } from './employers.repository';
import { RiskService } from '../risk/risk.service';
import { EmployersService } from './employers.service';

@Injectable()
export class ConcernsService {
  constructor(
    private readonly concerns: ConcernsRepository,
    private readonly employers: EmployersRepository,
    private readonly employersService: EmployersService,
    private readonly risk: RiskService,
    private readonly audit: AuditService,
    private readonly transactions: TransactionRunner,
    private readonly limiter: RateLimiter,
    private readonly clock: Clock,
  ) {}

  /**
   * Anyone may report a concern, signed in or not. A forced-labour indicator suspends the
   * employer's publication in the same transaction, so its jobs leave search at once.
   */
  async report(actor: Actor | null, employerId: string, input: { category: ConcernCategory; details: string }, clientAddress: string): Promise<ConcernReport> {
    await this.limiter.consume({ scope: 'concern:ip', subject: clientAddress, max: 20, windowSeconds: 3600 });
    return this.transactions.run(async (manager) => {
      if (!(await this.employers.findById(employerId, manager))) throw Errors.notFound('The employer');
      const holds = isForcedLabourIndicator(input.category);
      const report = await this.concerns.create(manager, {
        employerId,
        category: input.category,
        details: input.details.trim(),
        status: 'open',
        heldPublication: holds,
        reporterUserId: actor?.id ?? null,
        reporterRole: actor?.role ?? null,
        reporterOrganisationId: actor?.organisationId ?? null,
        reportedAt: this.clock.now(),
      });
      if (holds) {
        // A forced-labour indicator at a workplace is a signal for everyone working there now.
        await this.risk.queueEmployerEvent(manager, { employerId, type: 'employer_reported', sourceType: 'concern', sourceId: report.id });
        await this.employersService.holdForConcern(manager, employerId, report.id);
      }
      await this.audit.record({ action: 'concern.report', outcome: 'success', actor, subjectType: 'organisation', subjectId: employerId, clientAddress }, manager);
      return report;
    });
  }

  list(statuses: ConcernStatus[]): Promise<ConcernReport[]> {
    return this.concerns.list(statuses);
  }

  forEmployer(employerId: string): Promise<ConcernReport[]> {
    return this.concerns.forEmployer(employerId);
  }

  /**
   * Upheld leaves the employer suspended (a caseworker then rejects or re-vets it); dismissed
   * releases the hold once no other forced-labour concern is open.
   */
  review(actor: Actor, id: string, input: { outcome: 'upheld' | 'dismissed'; note: string }): Promise<ConcernReport> {
    return this.transactions.run(async (manager) => {
      const report = await this.concerns.lock(manager, id);
      if (!report) throw Errors.notFound('The concern');
      if (report.status !== 'open') throw Errors.conflict('This concern has already been reviewed.');
      const review = { status: input.outcome, reviewedById: actor.id, reviewedAt: this.clock.now(), reviewNote: input.note.trim() };
      await this.concerns.review(manager, id, review);
      if (input.outcome === 'dismissed' && report.heldPublication && (await this.concerns.countOpenHolding(manager, report.employerId)) === 0) {
        await this.employersService.releaseHold(manager, actor, report.employerId);
      }
      await this.audit.record({ action: `concern.${input.outcome}`, outcome: 'success', actor, subjectType: 'concern', subjectId: id }, manager);
      return Object.assign(report, review);
    });
  }
}
