import { hourlyWageMinor, VETTING_CHECKLIST } from '@onward/shared';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { dataSourceOptions } from '../database/data-source-options';
import { PasswordHasher } from '../modules/auth/password-hasher';
import { EmployerProfile } from '../modules/employers/employer-profile.entity';
import { VettingEvent } from '../modules/employers/vetting-event.entity';
import { GrantProgramme } from '../modules/grants/grant-programme.entity';
import { Organisation } from '../modules/identity/organisation.entity';
import { User } from '../modules/identity/user.entity';
import { Job } from '../modules/jobs/job.entity';
import { Region } from '../modules/regions/region.entity';
import { PersonalDetailsSealer } from '../modules/survivors/personal-details';
import { SurvivorProfile } from '../modules/survivors/survivor-profile.entity';
import { seedFollowUp } from './demo-follow-up';
import { DEMO_GRANTS, DEMO_JOBS, DEMO_REGIONS, DEMO_SURVIVORS } from './demo-data';

export const DEMO_PASSWORD = 'onward-demo-password';

type DemoOrganisation = 'provider' | 'employer' | 'funder' | 'pendingEmployer';

export const DEMO_USERS = [
  { email: 'admin@example.org', displayName: 'Alex Admin', role: 'admin', organisation: 'provider' },
  { email: 'caseworker@example.org', displayName: 'Casey Caseworker', role: 'caseworker', organisation: 'provider' },
  { email: 'employer@example.org', displayName: 'Emery Employer', role: 'employer', organisation: 'employer' },
  { email: 'funder@example.org', displayName: 'Frankie Funder', role: 'employer', organisation: 'funder' },
  { email: 'newemployer@example.org', displayName: 'Noor Newcomer', role: 'employer', organisation: 'pendingEmployer' },
  { email: 'survivor@example.org', displayName: 'Sam', role: 'survivor', organisation: 'provider' },
] as const satisfies ReadonlyArray<{ email: string; displayName: string; role: string; organisation: DemoOrganisation }>;

const DAY_MS = 86_400_000;

/**
 * The small demo dataset `npm start` loads on first run: a service provider, a vetted employer
 * with published jobs, an employer waiting for vetting, a funder with open grant programmes,
 * three people the caseworker supports (one with the demo survivor account), their work
 * histories, check-ins and two follow-ups (see demo-follow-up.ts).
 * Returns false when the database already holds organisations (nothing is touched then). The
 * caller rebuilds the search index afterwards.
 */
/** Any fixed number: a process seeding the demo data holds this lock for its transaction. */
const DEMO_SEED_LOCK = 7_243_002;

export async function seedDemo(url: string, sealer: PersonalDetailsSealer, now = new Date()): Promise<boolean> {
  const dataSource = await new DataSource(dataSourceOptions(url)).initialize();
  try {
    return await dataSource.transaction(async (manager) => {
      // Processes starting together on an empty database take turns: the first seeds, the others find it done.
      await manager.query('SELECT pg_advisory_xact_lock($1)', [DEMO_SEED_LOCK]);
      if ((await manager.count(Organisation)) > 0) return false;
      await manager.save(DEMO_REGIONS.map((region) => manager.create(Region, region)));
      const [provider, employer, funder, pendingEmployer] = await manager.save([
        manager.create(Organisation, { name: 'Riverside Support Network', kind: 'service_provider' }),
        manager.create(Organisation, { name: 'Green Valley Foods', kind: 'employer' }),
        manager.create(Organisation, { name: 'Open Door Microfinance Fund', kind: 'funder' }),
        manager.create(Organisation, { name: 'Northside Cleaning Services', kind: 'employer' }),
      ]);
      const organisations: Record<DemoOrganisation, Organisation> = { provider, employer, funder, pendingEmployer };
      const passwordHash = await new PasswordHasher().hash(DEMO_PASSWORD);
      const users = await manager.save(
        DEMO_USERS.map((user) =>
          manager.create(User, {
            email: user.email,
            displayName: user.displayName,
            role: user.role,
            organisationId: organisations[user.organisation].id,
            passwordHash,
            disabledAt: null,
          }),
        ),
      );
      const caseworker = users.find((user) => user.role === 'caseworker')!;
      await seedEmployers(manager, now, caseworker, employer, pendingEmployer);
      await seedOpportunities(manager, now, employer, funder, caseworker);
      await seedSurvivors(manager, sealer, provider, caseworker, users);
      await seedFollowUp(manager, now, employer, caseworker);
      return true;
    });
  } finally {
    await dataSource.destroy();
  }
}

async function seedSurvivors(manager: EntityManager, sealer: PersonalDetailsSealer, provider: Organisation, caseworker: User, users: User[]): Promise<void> {
  for (const { email, personal, ...survivor } of DEMO_SURVIVORS) {
    const id = randomUUID();
    await manager.insert(SurvivorProfile, {
      id,
      ...survivor,
      organisationId: provider.id,
      caseworkerId: caseworker.id,
      userId: users.find((user) => user.email === email)?.id ?? null,
      ...sealer.seal(id, personal),
      skillCodes: survivor.skills.map((skill) => skill.code),
      languageCodes: survivor.languages.map((language) => language.code),
      excludedEmployerIds: [],
      createdById: caseworker.id,
    });
  }
}

async function seedEmployers(manager: EntityManager, now: Date, caseworker: User, vetted: Organisation, pending: Organisation): Promise<void> {
  const registered = new Date(now.getTime() - 40 * DAY_MS);
  const vettedAt = new Date(now.getTime() - 30 * DAY_MS);
  const vettedUntil = new Date(vettedAt.getTime() + 365 * DAY_MS);
  await manager.save([
    manager.create(EmployerProfile, {
      organisationId: vetted.id,
      legalName: 'Green Valley Foods Ltd',
      registrationNumber: '09876543',
      sector: 'food',
      regions: ['north-west', 'yorkshire', 'south-west', 'midlands', 'london'],
      contactName: 'Emery Employer',
      contactEmail: 'employer@example.org',
      contactPhone: '+44 161 496 0000',
      vettingStatus: 'vetted',
      vettedUntil,
      statusReason: null,
      statusChangedAt: vettedAt,
    }),
    manager.create(EmployerProfile, {
      organisationId: pending.id,
      legalName: 'Northside Cleaning Services Ltd',
      registrationNumber: '12345678',
      sector: 'cleaning',
      regions: ['north-east'],
      contactName: 'Noor Newcomer',
      contactEmail: 'newemployer@example.org',
      contactPhone: '+44 191 498 0000',
      vettingStatus: 'pending',
      vettedUntil: null,
      statusReason: null,
      statusChangedAt: registered,
    }),
  ]);
  const event = (fields: Partial<VettingEvent>) =>
    manager.create(VettingEvent, { fromStatus: null, actorUserId: null, reason: null, checklist: null, vettedUntil: null, concernId: null, ...fields });
  await manager.save([
    event({ employerId: vetted.id, toStatus: 'pending', reason: 'Registered', occurredAt: registered }),
    event({
      employerId: vetted.id,
      fromStatus: 'pending',
      toStatus: 'vetted',
      actorUserId: caseworker.id,
      reason: 'Site visit and document check',
      checklist: VETTING_CHECKLIST.map((item) => ({ item, confirmed: true, note: null, evidenceReference: 'Site visit report (demo)' })),
      vettedUntil,
      occurredAt: vettedAt,
    }),
    event({ employerId: pending.id, toStatus: 'pending', reason: 'Registered', occurredAt: registered }),
  ]);
}

async function seedOpportunities(manager: EntityManager, now: Date, employer: Organisation, funder: Organisation, caseworker: User): Promise<void> {
  await manager.save(
    DEMO_JOBS.map(({ wage, published, ...job }, index) =>
      manager.create(Job, {
        ...job,
        employerId: employer.id,
        wageMinor: wage.amountMinor,
        wageCurrency: 'GBP',
        wagePeriod: wage.period,
        hourlyWageMinor: hourlyWageMinor(wage.amountMinor, wage.period, job.hoursPerWeek),
        startDate: null,
        closingDate: null,
        status: published ? 'published' : 'draft',
        publishedAt: published ? new Date(now.getTime() - (index + 1) * DAY_MS) : null,
        closedAt: null,
        createdById: null,
      }),
    ),
  );
  await manager.save(
    DEMO_GRANTS.map(({ amount, ...grant }) =>
      manager.create(GrantProgramme, {
        ...grant,
        funderId: funder.id,
        amountMinMinor: amount.minMinor,
        amountMaxMinor: amount.maxMinor,
        currency: 'GBP',
        deadline: null,
        status: 'open',
        openedAt: new Date(now.getTime() - 10 * DAY_MS),
        closedAt: null,
        createdById: caseworker.id,
      }),
    ),
  );
}
