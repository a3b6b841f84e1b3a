import { Injectable } from '@nestjs/common';
import { GrantProgrammeStatus, Sector } from '@onward/shared';
import { EntityManager } from 'typeorm';
import { Clock, utcDay } from '../../common/clock/clock';
import { Errors } from '../../common/errors/domain.exception';
import { OrganisationAccess } from '../../common/security/organisation-access';
import { Actor } from '../../common/security/request-context';
import { TransactionRunner } from '../../database/transaction-runner';
import { AuditService } from '../audit/audit.service';
import { OrganisationsRepository } from '../identity/organisations.repository';
import { JobQueue } from '../queue/job-queue';
import { RegionsService } from '../regions/regions.service';
import { GrantProgramme } from './grant-programme.entity';
import { GrantProgrammeFields, GrantProgrammesRepository } from './grant-programmes.repository';

export interface GrantProgrammeInput {
  funderId?: string;
  title: string;
  description: string;
  amount: { minMinor: number; maxMinor: number; currency: string };
  eligibility: string;
  requiredDocuments: string[];
  sector: Sector | null;
  regionCode: string | null;
  deadline: string | null;
}

/**
 * Grant programmes are run by caseworkers and admins (for any funder) or by a funder's own
 * members (for their organisation only).
 */
@Injectable()
export class GrantProgrammesService {
  constructor(
    private readonly programmes: GrantProgrammesRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly regions: RegionsService,
    private readonly queue: JobQueue,
    private readonly audit: AuditService,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async create(actor: Actor, input: GrantProgrammeInput): Promise<GrantProgramme> {
    const funderId = await this.funderFor(actor, input.funderId);
    const fields = await this.validated(input);
    return this.transactions.run(async (manager) => {
      const programme = await this.programmes.create(manager, { ...fields, funderId, status: 'draft', openedAt: null, closedAt: null, createdById: actor.id });
      await this.audit.record({ action: 'grant_programme.create', outcome: 'success', actor, subjectType: 'grant_programme', subjectId: programme.id }, manager);
      return (await this.programmes.findById(programme.id, manager))!;
    });
  }

  async get(actor: Actor, id: string): Promise<GrantProgramme> {
    const programme = await this.programmes.findById(id);
    if (!programme || !this.manages(actor, programme)) throw Errors.notFound('The grant programme');
    return programme;
  }

  list(actor: Actor, filter: { funderId?: string; statuses?: GrantProgrammeStatus[] }): Promise<GrantProgramme[]> {
    return this.programmes.list({ ...filter, funderId: OrganisationAccess.listScope(actor, filter.funderId) });
  }

  async update(actor: Actor, id: string, input: GrantProgrammeInput): Promise<GrantProgramme> {
    const fields = await this.validated(input);
    const funderId = input.funderId === undefined ? undefined : await this.funderFor(actor, input.funderId);
    return this.change(actor, id, 'grant_programme.update', (programme) => {
      if (programme.status === 'closed') throw Errors.conflict('A closed grant programme cannot be edited.');
      if (programme.status === 'open') this.assertOpenable({ ...programme, ...fields });
      return { ...fields, ...(funderId ? { funderId } : {}) };
    });
  }

  open(actor: Actor, id: string): Promise<GrantProgramme> {
    return this.change(actor, id, 'grant_programme.open', (programme) => {
      if (programme.status === 'open') return {};
      if (programme.status === 'closed') throw Errors.conflict('A closed grant programme cannot be opened again; create a new one.');
      this.assertOpenable(programme);
      return { status: 'open', openedAt: this.clock.now() };
    });
  }

  close(actor: Actor, id: string): Promise<GrantProgramme> {
    return this.change(actor, id, 'grant_programme.close', (programme) => (programme.status === 'closed' ? {} : { status: 'closed', closedAt: this.clock.now() }));
  }

  private change(actor: Actor, id: string, action: string, decide: (programme: GrantProgramme, manager: EntityManager) => Partial<GrantProgrammeFields>): Promise<GrantProgramme> {
    return this.transactions.run(async (manager) => {
      const programme = await this.programmes.lock(manager, id);
      if (!programme || !this.manages(actor, programme)) throw Errors.notFound('The grant programme');
      const patch = decide(programme, manager);
      if (Object.keys(patch).length) {
        await this.programmes.update(manager, id, patch);
        await this.queue.enqueue(manager, 'search.sync', { kind: 'grant', id });
        await this.audit.record({ action, outcome: 'success', actor, subjectType: 'grant_programme', subjectId: id }, manager);
      }
      return (await this.programmes.findById(id, manager))!;
    });
  }

  private manages(actor: Actor, programme: GrantProgramme): boolean {
    return OrganisationAccess.mayManage(actor, programme.funderId);
  }

  /** Staff name the funder; a funder's member always acts for their own organisation. */
  private async funderFor(actor: Actor, requested: string | undefined): Promise<string> {
    if (!OrganisationAccess.isStaff(actor)) {
      const own = await this.organisations.findById(actor.organisationId);
      if (own?.kind !== 'funder') throw Errors.forbiddenBecause('Only funders, caseworkers and admins run grant programmes.');
      if (requested && requested !== own.id) throw Errors.forbidden();
      return own.id;
    }
    if (!requested) throw Errors.invalidField('funderId', 'Choose the funder that runs this programme.');
    const funder = await this.organisations.findById(requested);
    if (funder?.kind !== 'funder') throw Errors.invalidField('funderId', 'No funder organisation has this id.');
    return funder.id;
  }

  private assertOpenable(programme: Pick<GrantProgramme, 'deadline'>): void {
    if (programme.deadline && programme.deadline < utcDay(this.clock.now())) {
      throw Errors.invalidField('deadline', 'The deadline has passed. Choose a later date to open the programme.');
    }
  }

  private async validated(input: GrantProgrammeInput): Promise<Omit<GrantProgrammeFields, 'funderId' | 'status' | 'openedAt' | 'closedAt' | 'createdById'>> {
    if (input.amount.maxMinor < input.amount.minMinor) throw Errors.invalidField('amount.maxMinor', 'The largest amount must not be below the smallest.');
    if (input.regionCode !== null && input.regionCode !== undefined) await this.regions.require(input.regionCode);
    return {
      title: input.title,
      description: input.description,
      amountMinMinor: input.amount.minMinor,
      amountMaxMinor: input.amount.maxMinor,
      currency: input.amount.currency,
      eligibility: input.eligibility,
      requiredDocuments: input.requiredDocuments,
      sector: input.sector,
      regionCode: input.regionCode,
      deadline: input.deadline,
    };
  }
}
