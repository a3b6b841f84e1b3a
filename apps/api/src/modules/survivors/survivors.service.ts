import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Errors } from '../../common/errors/domain.exception';
import { Actor } from '../../common/security/request-context';
import { TransactionRunner } from '../../database/transaction-runner';
import { AuditService } from '../audit/audit.service';
import { OrganisationsRepository } from '../identity/organisations.repository';
import { InvitationsService } from '../invitations/invitations.service';
import { RegionsService } from '../regions/regions.service';
import { SkillsService } from '../skills/skills.service';
import { AccessLogEntryDto } from './dto/consent.dto';
import { CreateSurvivorDto, SurvivorDto, UpdateSurvivorDto } from './dto/survivor.dto';
import { PersonalDetailsSealer } from './personal-details';
import { SurvivorAccess } from './survivor-access';
import { EMPTY_PROFILE_DETAILS, SurvivorProfile } from './survivor-profile.entity';
import { SurvivorFields, SurvivorsRepository } from './survivors.repository';


@Injectable()
export class SurvivorsService {
  constructor(
    private readonly survivors: SurvivorsRepository,
    private readonly access: SurvivorAccess,
    private readonly organisations: OrganisationsRepository,
    private readonly regions: RegionsService,
    private readonly skills: SkillsService,
    private readonly invitations: InvitationsService,
    private readonly sealer: PersonalDetailsSealer,
    private readonly audit: AuditService,
    private readonly transactions: TransactionRunner,
  ) {}

  /** A caseworker of a service provider creates the profile and becomes its caseworker. */
  async create(actor: Actor, input: CreateSurvivorDto): Promise<SurvivorDto> {
    // Anyone but a caseworker is told there is nothing here, as for every survivor route.
    if (actor.role !== 'caseworker') throw Errors.notFound('The page');
    const organisation = await this.organisations.findById(actor.organisationId);
    if (organisation?.kind !== 'service_provider') throw Errors.forbiddenBecause('Survivor profiles are kept by service providers.');
    const id = randomUUID();
    const changes = await this.validated(input, null);
    const profile = await this.transactions.run(async (manager) => {
      await this.survivors.create(manager, {
        id,
        organisationId: actor.organisationId,
        caseworkerId: actor.id,
        userId: null,
        pseudonym: input.pseudonym,
        ...this.sealer.seal(id, input.personal ?? {}),
        ...EMPTY_PROFILE_DETAILS,
        createdById: actor.id,
        ...changes,
      });
      await this.audit.record({ action: 'survivor.create', outcome: 'success', actor, subjectType: 'survivor', subjectId: id }, manager);
      if (input.inviteEmail) await this.invitations.invite(actor, { email: input.inviteEmail, role: 'survivor', survivorId: id }, manager);
      return (await this.survivors.findById(id, manager))!;
    });
    return this.present(profile);
  }

  async list(actor: Actor, query: { mine: boolean; q?: string; limit: number; offset: number }): Promise<[SurvivorProfile[], number]> {
    if (actor.role !== 'caseworker') throw Errors.notFound('The page');
    const [profiles, total] = await this.survivors.list(actor.organisationId, { caseworkerId: query.mine ? actor.id : undefined, query: query.q, limit: query.limit, offset: query.offset });
    // One line per survivor shown, as the employer's lists do: each is a read of that record.
    await this.audit.recordMany(
      profiles.length
        ? profiles.map((profile) => ({ action: 'survivor.list', outcome: 'success' as const, actor, subjectType: 'survivor', subjectId: profile.id }))
        : [{ action: 'survivor.list', outcome: 'success', actor }],
    );
    return [profiles, total];
  }

  /** A caseworker opens the record: the sealed fields are opened, and the view is logged for the survivor to see. */
  async get(actor: Actor, id: string): Promise<SurvivorDto> {
    const profile = await this.access.asCaseworker(actor, id);
    await this.audit.record({ action: 'survivor.view', outcome: 'success', actor, subjectType: 'survivor', subjectId: id });
    return this.present(profile);
  }

  async update(actor: Actor, id: string, input: UpdateSurvivorDto): Promise<SurvivorDto> {
    await this.access.asCaseworker(actor, id);
    return this.change(actor, id, input);
  }

  async getOwn(actor: Actor): Promise<SurvivorDto> {
    return this.present(await this.access.own(actor));
  }

  async updateOwn(actor: Actor, input: UpdateSurvivorDto): Promise<SurvivorDto> {
    const own = await this.access.own(actor);
    return this.change(actor, own.id, input);
  }

  /** Invite the survivor to take over their profile with their own account. */
  async invite(actor: Actor, id: string, email: string): Promise<void> {
    const profile = await this.access.asCaseworker(actor, id);
    if (profile.userId) throw Errors.conflict('This survivor already has an account.');
    await this.invitations.invite(actor, { email, role: 'survivor', survivorId: id });
  }

  /** Every view and change of the survivor's record by someone else: employers, caseworkers, admins. */
  async accessLog(actor: Actor): Promise<AccessLogEntryDto[]> {
    const own = await this.access.own(actor);
    return (await this.audit.accessesOf('survivor', own.id, actor.id)).map(AccessLogEntryDto.from);
  }

  private async change(actor: Actor, id: string, input: UpdateSurvivorDto): Promise<SurvivorDto> {
    const profile = await this.transactions.run(async (manager) => {
      const current = await this.survivors.lock(manager, id);
      if (!current) throw Errors.notFound('The survivor');
      const patch: Partial<SurvivorFields> = await this.validated(input, current);
      if (input.personal) {
        // Only the fields sent change: a field left out keeps its value, null clears it.
        const sent = Object.fromEntries(Object.entries(input.personal).filter(([, value]) => value !== undefined));
        Object.assign(patch, this.sealer.seal(id, { ...this.sealer.open(current), ...sent }));
      }
      if (input.pseudonym !== undefined) patch.pseudonym = input.pseudonym;
      if (Object.keys(patch).length) {
        await this.survivors.update(manager, id, patch);
        await this.audit.record({ action: 'survivor.update', outcome: 'success', actor, subjectType: 'survivor', subjectId: id }, manager);
      }
      return (await this.survivors.findById(id, manager))!;
    });
    return this.present(profile);
  }

  /** Checks codes against the taxonomy, regions and employers; returns the columns to write. */
  private async validated(input: UpdateSurvivorDto, current: SurvivorProfile | null): Promise<Partial<SurvivorFields>> {
    const patch: Partial<SurvivorFields> = {};
    if (input.skills) {
      const codes = input.skills.map((skill) => skill.code);
      if (new Set(codes).size !== codes.length) throw Errors.invalidField('skills', 'Each skill may be listed once.');
      // A skill retired from the taxonomy stays on profiles that had it; it cannot be newly added.
      const held = new Set(current?.skillCodes ?? []);
      await this.skills.requireUsable(codes.filter((code) => !held.has(code)), 'skills');
      patch.skills = input.skills.map(({ code, level, years }) => ({ code, level, years }));
    }
    if (input.languages) {
      const codes = input.languages.map((language) => language.code);
      if (new Set(codes).size !== codes.length) throw Errors.invalidField('languages', 'Each language may be listed once.');
      patch.languages = input.languages.map(({ code, level }) => ({ code, level }));
    }
    if (input.regionCode !== undefined) {
      patch.regionCode = input.regionCode === null ? null : (await this.regions.require(input.regionCode)).code;
    }
    if (input.availability) {
      patch.hoursPerWeek = input.availability.hoursPerWeek ?? null;
      patch.shifts = [...new Set(input.availability.shifts)];
    }
    if (input.preferences) {
      patch.preferredSectors = [...new Set(input.preferences.sectors)];
      patch.workplace = input.preferences.workplace;
      patch.minimumHourlyWageMinor = input.preferences.minimumHourlyWageMinor ?? null;
    }
    if (input.exclusions) {
      const regionCodes = [...new Set(input.exclusions.regionCodes)];
      await this.regions.requireAll(regionCodes, 'exclusions.regionCodes');
      const employerIds = [...new Set(input.exclusions.employerIds)];
      const employers = await this.organisations.findByIds(employerIds);
      if (employers.length !== employerIds.length || employers.some((organisation) => organisation.kind === 'service_provider')) {
        throw Errors.invalidField('exclusions.employerIds', 'Some of the excluded organisations are not employers or funders known to Onward.');
      }
      patch.excludedRegionCodes = regionCodes;
      patch.excludedEmployerIds = employerIds;
      patch.excludedSectors = [...new Set(input.exclusions.sectors)];
    }
    return patch;
  }

  private async present(profile: SurvivorProfile, manager?: EntityManager): Promise<SurvivorDto> {
    const employers = await this.organisations.findByIds(profile.excludedEmployerIds, manager);
    return SurvivorDto.from(profile, this.sealer.open(profile), new Map(employers.map((employer) => [employer.id, employer.name])));
  }
}
