import { INestApplication } from '@nestjs/common';
import { hourlyWageMinor, OrganisationKind, Role, VettingStatus } from '@onward/shared';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Clock, utcDay } from '../common/clock/clock';
import { TransactionRunner } from '../database/transaction-runner';
import { CheckInsService } from '../modules/check-ins/check-ins.service';
import { Placement } from '../modules/placements/placement.entity';
import { Organisation } from '../modules/identity/organisation.entity';
import { User } from '../modules/identity/user.entity';
import { PasswordHasher } from '../modules/auth/password-hasher';
import { EmployerProfile } from '../modules/employers/employer-profile.entity';
import { GrantProgramme } from '../modules/grants/grant-programme.entity';
import { Job } from '../modules/jobs/job.entity';
import { Region } from '../modules/regions/region.entity';
import { Consent } from '../modules/survivors/consent.entity';
import { PersonalDetails, PersonalDetailsSealer } from '../modules/survivors/personal-details';
import { EMPTY_PROFILE_DETAILS, SurvivorLanguage, SurvivorProfile, SurvivorSkill } from '../modules/survivors/survivor-profile.entity';

const DAY_MS = 86_400_000;

export const TEST_PASSWORD = 'correct-horse-battery-staple';

const suffix = () => randomBytes(4).toString('hex');

/** Builds rows straight in the database; each takes overrides. */
export class Factories {
  private passwordHash: Promise<string> | undefined;

  constructor(private readonly app: INestApplication) {}

  private get dataSource(): DataSource {
    return this.app.get(DataSource);
  }

  private now(): Date {
    return this.app.get(Clock).now();
  }

  organisation(overrides: { name?: string; kind?: OrganisationKind } = {}): Promise<Organisation> {
    const manager = this.dataSource.manager;
    return manager.save(manager.create(Organisation, { name: overrides.name ?? `Organisation ${suffix()}`, kind: overrides.kind ?? 'service_provider' }));
  }

  async user(overrides: Partial<Pick<User, 'email' | 'displayName' | 'role' | 'organisationId' | 'disabledAt' | 'isSupervisor'>> & { password?: string } = {}): Promise<User> {
    const role: Role = overrides.role ?? 'caseworker';
    const organisationId =
      overrides.organisationId ?? (await this.organisation({ kind: role === 'employer' ? 'employer' : 'service_provider' })).id;
    const hasher = this.app.get(PasswordHasher);
    const passwordHash = overrides.password ? await hasher.hash(overrides.password) : await (this.passwordHash ??= hasher.hash(TEST_PASSWORD));
    const manager = this.dataSource.manager;
    return manager.save(
      manager.create(User, {
        email: overrides.email ?? `user-${suffix()}@example.org`,
        displayName: overrides.displayName ?? `User ${suffix()}`,
        role,
        organisationId,
        passwordHash,
        disabledAt: overrides.disabledAt ?? null,
        isSupervisor: overrides.isSupervisor ?? false,
      }),
    );
  }

  /** A region with the given floor (default 1200 GBP minor units an hour). */
  region(overrides: Partial<Pick<Region, 'code' | 'name' | 'hourlyWageFloorMinor' | 'currency'>> = {}): Promise<Region> {
    const manager = this.dataSource.manager;
    const code = overrides.code ?? `region-${suffix()}`;
    return manager.save(manager.create(Region, { code, name: `Region ${code}`, hourlyWageFloorMinor: 1200, currency: 'GBP', ...overrides }));
  }

  /**
   * An employer organisation with its profile; vetted for a year by default. Returns the profile,
   * whose organisationId is the employer's id.
   */
  async employer(
    overrides: {
      name?: string;
      status?: VettingStatus;
      vettedUntil?: Date | null;
      regions?: string[];
      statusReason?: string | null;
    } & Partial<Pick<EmployerProfile, 'legalName' | 'registrationNumber' | 'sector' | 'contactName' | 'contactEmail' | 'contactPhone'>> = {},
  ): Promise<EmployerProfile> {
    const organisation = await this.organisation({ kind: 'employer', name: overrides.name });
    const status = overrides.status ?? 'vetted';
    // The app's clock, so an employer made after a test moved the clock is vetted from then.
    const now = this.now();
    const manager = this.dataSource.manager;
    return manager.save(
      manager.create(EmployerProfile, {
        organisationId: organisation.id,
        legalName: overrides.legalName ?? `${organisation.name} Ltd`,
        registrationNumber: overrides.registrationNumber ?? suffix(),
        sector: overrides.sector ?? 'food',
        regions: overrides.regions ?? [],
        contactName: overrides.contactName ?? 'Contact Person',
        contactEmail: overrides.contactEmail ?? `contact-${suffix()}@example.org`,
        contactPhone: overrides.contactPhone ?? '+44 20 7946 0000',
        vettingStatus: status,
        vettedUntil: overrides.vettedUntil !== undefined ? overrides.vettedUntil : status === 'vetted' || status === 'suspended' ? new Date(now.getTime() + 365 * DAY_MS) : null,
        statusReason: overrides.statusReason ?? null,
        statusChangedAt: now,
      }),
    );
  }

  /** A job row (draft unless `status` says otherwise); needs an existing employer and region. */
  job(overrides: Partial<Omit<Job, 'id' | 'employer' | 'region'>> & Pick<Job, 'employerId' | 'regionCode'>): Promise<Job> {
    const manager = this.dataSource.manager;
    const wageMinor = overrides.wageMinor ?? 1300;
    const wagePeriod = overrides.wagePeriod ?? 'hour';
    const hoursPerWeek = overrides.hoursPerWeek ?? 30;
    const status = overrides.status ?? 'draft';
    return manager.save(
      manager.create(Job, {
        title: `Job ${suffix()}`,
        description: 'A job described in enough words to pass validation.',
        requiredSkills: [],
        preferredSkills: [],
        sector: 'food',
        remote: false,
        wageCurrency: 'GBP',
        languages: [],
        trainingOffered: null,
        accommodations: null,
        startDate: null,
        closingDate: null,
        publishedAt: status === 'published' ? this.now() : null,
        closedAt: null,
        createdById: null,
        ...overrides,
        wageMinor,
        wagePeriod,
        hoursPerWeek,
        hourlyWageMinor: hourlyWageMinor(wageMinor, wagePeriod, hoursPerWeek),
        status,
      }),
    );
  }

  /** A funder organisation's grant programme (draft unless `status` says otherwise). */
  async grantProgramme(overrides: Partial<Omit<GrantProgramme, 'id' | 'funder' | 'region'>> = {}): Promise<GrantProgramme> {
    const funderId = overrides.funderId ?? (await this.organisation({ kind: 'funder' })).id;
    const manager = this.dataSource.manager;
    const status = overrides.status ?? 'draft';
    return manager.save(
      manager.create(GrantProgramme, {
        title: `Grant ${suffix()}`,
        description: 'A grant programme described in enough words to pass validation.',
        amountMinMinor: 10_000,
        amountMaxMinor: 50_000,
        currency: 'GBP',
        eligibility: 'Anyone supported by a partner organisation.',
        requiredDocuments: [],
        sector: null,
        regionCode: null,
        deadline: null,
        openedAt: status === 'open' ? this.now() : null,
        closedAt: null,
        createdById: null,
        ...overrides,
        funderId,
        status,
      }),
    );
  }

  /**
   * A survivor profile in a service provider (a new one unless given), with the caseworker and
   * account given; sealed personal details from `personal`. Skills given as codes are "can do",
   * two years.
   */
  async survivor(
    overrides: Partial<Omit<SurvivorProfile, 'id' | 'organisation' | 'caseworker' | 'user' | 'region' | 'sealedPersonal' | 'personalKeyId' | 'skills' | 'languages' | 'skillCodes' | 'languageCodes'>> & {
      personal?: Partial<PersonalDetails>;
      skills?: (string | SurvivorSkill)[];
      languages?: (string | SurvivorLanguage)[];
    } = {},
  ): Promise<SurvivorProfile> {
    const organisationId = overrides.organisationId ?? (await this.organisation({ kind: 'service_provider' })).id;
    const id = randomUUID();
    const skills = (overrides.skills ?? []).map((skill): SurvivorSkill => (typeof skill === 'string' ? { code: skill, level: 'can_do', years: 2 } : skill));
    const languages = (overrides.languages ?? ['en']).map((language): SurvivorLanguage => (typeof language === 'string' ? { code: language, level: 'fluent' } : language));
    const { personal, skills: _skills, languages: _languages, ...rest } = overrides;
    const manager = this.dataSource.manager;
    await manager.insert(SurvivorProfile, {
      id,
      organisationId,
      caseworkerId: null,
      userId: null,
      pseudonym: `Survivor ${suffix()}`,
      ...this.app.get(PersonalDetailsSealer).seal(id, personal ?? {}),
      ...EMPTY_PROFILE_DETAILS,
      createdById: null,
      ...rest,
      skills,
      skillCodes: skills.map((skill) => skill.code),
      languages,
      languageCodes: languages.map((language) => language.code),
    });
    return (await manager.findOne(SurvivorProfile, { where: { id } }))!;
  }

  /** A consent in force from now for `days` (default 90), unless revoked or expired by overrides. */
  consent(overrides: Partial<Omit<Consent, 'id' | 'survivor' | 'employer' | 'createdAt'>> & Pick<Consent, 'survivorId' | 'employerId'>): Promise<Consent> {
    const manager = this.dataSource.manager;
    const now = this.now();
    return manager.save(
      manager.create(Consent, {
        applicationId: null,
        fields: ['skills', 'languages'],
        grantedAt: now,
        expiresAt: new Date(now.getTime() + 90 * DAY_MS),
        revokedAt: null,
        grantedById: null,
        ...overrides,
      }),
    );
  }

  /**
   * A placement at a new published job of `employerId` (in `regionCode`), with its check-ins
   * scheduled as a hire schedules them.
   */
  async placement(overrides: Partial<Pick<Placement, 'startDate' | 'endDate' | 'endReason' | 'wageMinor' | 'hoursPerWeek'>> & Pick<Placement, 'survivorId' | 'employerId'> & { regionCode: string; jobTitle?: string }): Promise<Placement> {
    const job = await this.job({ employerId: overrides.employerId, regionCode: overrides.regionCode, status: 'published', ...(overrides.jobTitle ? { title: overrides.jobTitle } : {}) });
    return this.app.get(TransactionRunner).run(async (manager) => {
      const placement = await manager.save(
        manager.create(Placement, {
          survivorId: overrides.survivorId,
          applicationId: null,
          jobId: job.id,
          employerId: overrides.employerId,
          startDate: overrides.startDate ?? utcDay(this.now()),
          wageMinor: overrides.wageMinor ?? 1300,
          wageCurrency: 'GBP',
          wagePeriod: 'hour',
          hoursPerWeek: overrides.hoursPerWeek ?? 30,
          endDate: overrides.endDate ?? null,
          endReason: overrides.endReason ?? null,
          endNote: null,
          endedByRole: overrides.endDate ? 'caseworker' : null,
          endedById: null,
        }),
      );
      if (!placement.endDate) await this.app.get(CheckInsService).scheduleFor(manager, placement);
      return placement;
    });
  }
}
