import { CHECK_IN_GRACE_DAYS_DEFAULT, CheckInStatus } from '@onward/shared';
import {
  checkInGenerator,
  EmployerRow,
  generateEmployers,
  generateFlags,
  generateFunders,
  generateGrantProgrammes,
  generatePlacements,
  generateServiceProviders,
  jobGenerator,
  JobRow,
  PlacementJob,
  PlacementRow,
  PlacementSurvivor,
  Random,
  ServiceProviderRow,
  survivorGenerator,
  SurvivorRow,
  UK_REGIONS,
} from '@onward/synthetic-data';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { PasswordHasher } from '../../apps/api/src/modules/auth/password-hasher';
import { PersonalDetailsSealer } from '../../apps/api/src/modules/survivors/personal-details';
import { insertRows } from './bulk-insert';
import { BenchOptions } from './options';
import { formatCount, startProgress, status } from './progress';
import { WordCounter } from './query-pools';

export interface Dataset {
  regions: number;
  vettedEmployers: number;
  pendingEmployers: number;
  jobs: number;
  funders: number;
  grantProgrammes: number;
  skills: number;
  serviceProviders: number;
  survivors: number;
  /** How many survivors the signed-in caseworker's organisation has: candidates come from these. */
  caseworkerSurvivors: number;
  /** Job ids the primary-key baseline looks up, drawn with the seed. */
  lookupJobIds: string[];
  /** Published jobs of vetted employers the candidates scenario asks about, drawn with the seed. */
  candidateJobIds: string[];
  /** How many jobs each word appears in: where the searches' words come from. */
  words: WordCounter;
  /** Survivors with a profile each, in different regions; the first is the one searches sign in as. */
  survivorAccounts: Credentials[];
  /** A caseworker of the service provider whose size is nearest the average. */
  caseworker: Credentials;
  /** Sees every organisation's retention. */
  admin: Credentials;
  /** Survivors who each press the alarm once, measured; and a few who warm the route up first. */
  alarmAccounts: AlarmAccount[];
  alarmWarmUpAccounts: AlarmAccount[];
  /** Survivor profiles with an account: the scan reminds only these. */
  survivorsWithAccounts: number;
  placements: number;
  runningPlacements: number;
  checkIns: Record<CheckInStatus, number>;
  /** Follow-ups loaded: all, still unresolved, and the signals and history lines behind them. */
  flags: { total: number; unresolved: number; overdue: number; signals: number; events: number };
  seconds: number;
}

export interface Credentials {
  email: string;
  password: string;
}

/** A survivor account the alarm scenario signs in as, and the caseworker its flag's email must reach. */
export interface AlarmAccount extends Credentials {
  survivorId: string;
  caseworkerEmail: string;
}

/**
 * When check-ins fall due, in days after a start: the API's default (7, 30, 90, 180, 365, 730)
 * and a second week, so 150,000 placements make the issue's ~1,000,000 check-ins. The bench
 * starts the API with the same list (CHECK_IN_DAYS), so the data is what its hires would have made.
 */
export const CHECK_IN_DAYS = [7, 14, 30, 90, 180, 365, 730] as const;

const JOB_BATCH = 2000;
const SURVIVOR_BATCH = 2000;
const LOOKUP_SAMPLE = 1000;
const CANDIDATE_JOB_SAMPLE = 2000;
/** Survivors the matches scenario signs in as, one request each in turn. */
const SURVIVOR_ACCOUNTS = 20;
/** Survivors who press the alarm to warm its route up before the measured ones. */
export const ALARM_WARM_UP_ACCOUNTS = 3;
/** Survivor profiles with an account of their own: the others are helped by their caseworker only. */
const SURVIVOR_ACCOUNT_SHARE = 0.4;
const PLACEMENT_BATCH = 2000;
/** The data is as the daily scan left it the day before yesterday: two days of work wait for the next. */
const LAST_SCAN_DAYS_AGO = 2;
const PASSWORD = 'bench-password-not-secret';
const DAY_MS = 86_400_000;

const JOB_COLUMNS = [
  'id', 'employer_id', 'title', 'description', 'required_skills', 'preferred_skills', 'sector', 'region_code', 'remote',
  'wage_minor', 'wage_currency', 'wage_period', 'hours_per_week', 'hourly_wage_minor', 'languages', 'training_offered',
  'accommodations', 'start_date', 'closing_date', 'status', 'published_at', 'created_at', 'updated_at',
];

const jobValues = (job: JobRow) => [
  job.id, job.employerId, job.title, job.description, job.requiredSkills, job.preferredSkills, job.sector, job.regionCode, job.remote,
  job.wageMinor, job.wageCurrency, job.wagePeriod, job.hoursPerWeek, job.hourlyWageMinor, job.languages, job.trainingOffered,
  job.accommodations, job.startDate, job.closingDate, job.status, job.publishedAt, job.createdAt, job.publishedAt,
];

/**
 * Fills the migrated database with the synthetic dataset by bulk SQL, never through the API:
 * regions, vetted and pending employers, published jobs, funders and open grant programmes,
 * service providers with a caseworker each (their supervisor too), survivor profiles (personal
 * details sealed with `sealer`, which holds the key the API is started with; some with an
 * account), work histories (placements and their check-ins), and the accounts the bench signs
 * in as. Skills come from the taxonomy the migrations inserted.
 */
export async function loadDataset(url: string, options: BenchOptions, now: Date, sealer: PersonalDetailsSealer): Promise<Dataset> {
  const started = performance.now();
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const regions = UK_REGIONS;
    await insertRows(client, 'regions', ['code', 'name', 'hourly_wage_floor_minor', 'currency'], regions.map((region) => [
      region.code, region.name, region.hourlyWageFloorMinor, region.currency,
    ]));
    const skills: Array<{ code: string; group: string }> = (
      await client.query(`SELECT code, group_code AS "group" FROM skills WHERE retired_at IS NULL ORDER BY code`)
    ).rows;

    const employers = generateEmployers(options.vettedEmployers + options.pendingEmployers, { seed: options.seed, regions });
    const vetted = employers.slice(0, options.vettedEmployers);
    await insertEmployers(client, employers, options.vettedEmployers, now);

    const words = new WordCounter();
    const jobs = await insertJobs(client, options, { now, regions, skills, employers: vetted }, words);
    const jobIds = jobs.map((job) => job.id);

    const funders = generateFunders(options.funders, { seed: options.seed });
    await insertRows(client, 'organisations', ['id', 'name', 'kind'], funders.map((funder) => [funder.id, funder.name, 'funder']));
    const programmes = generateGrantProgrammes(options.grantProgrammes, { seed: options.seed, now, funders, regions });
    await insertRows(
      client,
      'grant_programmes',
      ['id', 'funder_id', 'title', 'description', 'amount_min_minor', 'amount_max_minor', 'currency', 'eligibility', 'required_documents', 'sector', 'region_code', 'deadline', 'status', 'opened_at', 'created_at', 'updated_at'],
      programmes.map((p) => [
        p.id, p.funderId, p.title, p.description, p.amountMinMinor, p.amountMaxMinor, p.currency, p.eligibility, p.requiredDocuments,
        p.sector, p.regionCode, p.deadline, p.status, p.openedAt, p.createdAt, p.openedAt,
      ]),
    );

    const passwordHash = await new PasswordHasher().hash(PASSWORD);
    const providers = generateServiceProviders(options.serviceProviders, { seed: options.seed });
    const caseworkers = await insertServiceProviders(client, providers, options.seed, passwordHash);
    const admin = await insertAdmin(client, providers[0].id, options.seed, passwordHash);
    const survivors = await insertSurvivors(client, options, {
      now,
      regions,
      skills,
      serviceProviders: providers,
      employerIds: vetted.map((employer) => employer.id),
      caseworkers,
      sealer,
      passwordHash,
    });
    const survivorAccounts = await insertSurvivorAccounts(client, survivors.picked, survivors.accounts, options.seed, passwordHash);
    // The alarm's survivors are any, not typical ones: a flag's work does not depend on a profile's shape.
    const pickedIds = new Set(survivors.picked.map((survivor) => survivor.id));
    const alarmSurvivors = new Random(options.seed, 'bench-alarm-survivors').sample(
      survivors.all.filter((survivor) => !pickedIds.has(survivor.id)),
      options.alarms + ALARM_WARM_UP_ACCOUNTS,
    );
    const alarmAccounts = await insertAlarmAccounts(client, alarmSurvivors, survivors.accounts, caseworkers, options.seed, passwordHash);
    const history = await insertWorkHistories(client, options, { now, survivors: survivors.all, jobs, accounts: survivors.accounts, caseworkers });
    // Survivors the bench signs in as start without a flag: the alarm's checks count what it opens.
    const signedIn = new Set([...pickedIds, ...alarmSurvivors.map((survivor) => survivor.id)]);
    const flags = await insertFlags(client, options, { now, survivors: survivors.all.filter((survivor) => !signedIn.has(survivor.id)), caseworkers });
    // Candidates come from one organisation's survivors: the one nearest the average size.
    const average = options.survivors / providers.length;
    const [caseworkerOrganisation, caseworkerSurvivors] = [...survivors.perOrganisation].sort(
      ([a, countA], [b, countB]) => Math.abs(countA - average) - Math.abs(countB - average) || a.localeCompare(b),
    )[0];
    // VACUUM as well: a production database has been vacuumed, so its pages are all-visible
    // (index-only scans, no per-row visibility checks), and autovacuum must not start on the
    // freshly loaded tables in the middle of a measurement.
    status('vacuuming and analysing tables…');
    await client.query('VACUUM (ANALYZE)');
    return {
      regions: regions.length,
      vettedEmployers: vetted.length,
      pendingEmployers: employers.length - vetted.length,
      jobs: jobIds.length,
      funders: funders.length,
      grantProgrammes: programmes.length,
      skills: skills.length,
      serviceProviders: providers.length,
      survivors: options.survivors,
      caseworkerSurvivors,
      lookupJobIds: new Random(options.seed, 'lookups').sample(jobIds, LOOKUP_SAMPLE),
      candidateJobIds: new Random(options.seed, 'candidate-jobs').sample(jobIds, CANDIDATE_JOB_SAMPLE),
      words,
      survivorAccounts,
      caseworker: { email: caseworkers.get(caseworkerOrganisation)!.email, password: PASSWORD },
      admin,
      alarmAccounts: alarmAccounts.slice(ALARM_WARM_UP_ACCOUNTS),
      alarmWarmUpAccounts: alarmAccounts.slice(0, ALARM_WARM_UP_ACCOUNTS),
      survivorsWithAccounts: survivors.accounts.size,
      ...history,
      flags,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await client.end();
  }
}

/** The first `vettedCount` are vetted for a year from now; the rest wait for vetting. */
async function insertEmployers(client: Client, employers: EmployerRow[], vettedCount: number, now: Date): Promise<void> {
  const progress = startProgress('loaded', 'employers', employers.length);
  await insertRows(client, 'organisations', ['id', 'name', 'kind'], employers.map((employer) => [employer.id, employer.name, 'employer']));
  await insertRows(
    client,
    'employer_profiles',
    ['organisation_id', 'legal_name', 'registration_number', 'sector', 'regions', 'contact_name', 'contact_email', 'contact_phone', 'vetting_status', 'vetted_until', 'status_changed_at'],
    employers.map((employer, i) => [
      employer.id, employer.legalName, employer.registrationNumber, employer.sector, employer.regions, employer.contactName,
      employer.contactEmail, employer.contactPhone,
      i < vettedCount ? 'vetted' : 'pending',
      i < vettedCount ? new Date(now.getTime() + 365 * DAY_MS) : null,
      new Date(now.getTime() - 30 * DAY_MS),
    ]),
    (inserted) => progress.update(inserted),
  );
  progress.finish();
}

/** Generates and inserts jobs a batch at a time, counting their words; returns what placements need of them. */
async function insertJobs(
  client: Client,
  options: BenchOptions,
  inputs: { now: Date; regions: typeof UK_REGIONS; skills: Array<{ code: string; group: string }>; employers: EmployerRow[] },
  words: WordCounter,
): Promise<PlacementJob[]> {
  const next = jobGenerator({ seed: options.seed, ...inputs });
  const jobs: PlacementJob[] = [];
  const progress = startProgress('loaded', 'jobs', options.jobs);
  while (jobs.length < options.jobs) {
    const batch = Array.from({ length: Math.min(JOB_BATCH, options.jobs - jobs.length) }, () => next());
    await insertRows(client, 'jobs', JOB_COLUMNS, batch.map(jobValues));
    for (const job of batch) {
      jobs.push({
        id: job.id, employerId: job.employerId, regionCode: job.regionCode, wageMinor: job.wageMinor, wageCurrency: job.wageCurrency,
        wagePeriod: job.wagePeriod, hoursPerWeek: job.hoursPerWeek,
      });
      words.add(`${job.title} ${job.description}`);
    }
    progress.update(jobs.length);
  }
  progress.finish();
  return jobs;
}

const SURVIVOR_COLUMNS = [
  'id', 'organisation_id', 'caseworker_id', 'user_id', 'pseudonym', 'sealed_personal', 'personal_key_id', 'skills', 'skill_codes', 'languages',
  'language_codes', 'region_code', 'hours_per_week', 'shifts', 'workplace', 'preferred_sectors', 'minimum_hourly_wage_minor',
  'excluded_region_codes', 'excluded_employer_ids', 'excluded_sectors', 'created_at', 'updated_at',
];

const USER_COLUMNS = ['id', 'organisation_id', 'email', 'display_name', 'role', 'password_hash', 'is_supervisor'];

interface Caseworker {
  id: string;
  email: string;
}

/** What the loader keeps of each survivor after inserting it: enough for work histories and accounts. */
interface LoadedSurvivor extends PlacementSurvivor {
  organisationId: string;
  pseudonym: string;
}

/**
 * Service-provider organisations and one caseworker each (organisation id → caseworker). Each
 * is their organisation's supervisor too, so a flag always has someone to email.
 */
async function insertServiceProviders(client: Client, providers: ServiceProviderRow[], seed: string, passwordHash: string): Promise<Map<string, Caseworker>> {
  await insertRows(client, 'organisations', ['id', 'name', 'kind'], providers.map((provider) => [provider.id, provider.name, 'service_provider']));
  const ids = new Random(seed, 'bench-caseworkers');
  const caseworkers = new Map(providers.map((provider, i) => [provider.id, { id: ids.uuid(), email: `bench-caseworker-${i + 1}@example.org` }]));
  await insertRows(
    client,
    'users',
    USER_COLUMNS,
    [...caseworkers].map(([organisationId, caseworker], i) => [caseworker.id, organisationId, caseworker.email, `Bench caseworker ${i + 1}`, 'caseworker', passwordHash, true]),
  );
  return caseworkers;
}

/** An admin, in a service provider as the first admin of an installation is. */
async function insertAdmin(client: Client, organisationId: string, seed: string, passwordHash: string): Promise<Credentials> {
  const email = 'bench-admin@example.org';
  await insertRows(client, 'users', USER_COLUMNS, [[new Random(seed, 'bench-admin').uuid(), organisationId, email, 'Bench admin', 'admin', passwordHash, false]]);
  return { email, password: PASSWORD };
}

/**
 * A profile whose matches are typical of the work the API does for most survivors: a region, a
 * usual number of skills, English (most jobs ask for it), on-site work in reach and hours for
 * more than the shortest jobs. An empty profile would flatter the figures.
 */
const typical = (survivor: SurvivorRow) =>
  survivor.regionCode !== null &&
  survivor.skills.length >= 4 &&
  survivor.skills.length <= 8 &&
  survivor.languageCodes.includes('en') &&
  survivor.workplace !== 'remote' &&
  (survivor.hoursPerWeek === null || survivor.hoursPerWeek >= 20);

/**
 * Generates, seals and inserts survivor profiles a batch at a time, each with their
 * organisation's caseworker, and an account for some (profile id → user id). Returns how many
 * each organisation has, what placements need of every survivor, and typical profiles in
 * different regions (the largest regions twice) to sign in as.
 */
async function insertSurvivors(
  client: Client,
  options: BenchOptions,
  inputs: {
    now: Date;
    regions: typeof UK_REGIONS;
    skills: Array<{ code: string; group: string }>;
    serviceProviders: ServiceProviderRow[];
    employerIds: string[];
    caseworkers: Map<string, Caseworker>;
    sealer: PersonalDetailsSealer;
    passwordHash: string;
  },
): Promise<{ perOrganisation: Map<string, number>; picked: SurvivorRow[]; all: LoadedSurvivor[]; accounts: Map<string, string> }> {
  const next = survivorGenerator({ seed: options.seed, ...inputs });
  const withAccount = new Random(options.seed, 'survivor-accounts');
  const bySize = [...inputs.regions].sort((a, b) => b.weight - a.weight);
  const slots = Array.from({ length: SURVIVOR_ACCOUNTS }, (_, i) => bySize[i % bySize.length].code);
  const picked: Array<SurvivorRow | undefined> = slots.map(() => undefined);
  const spare: SurvivorRow[] = [];
  const perOrganisation = new Map<string, number>();
  const all: LoadedSurvivor[] = [];
  const accounts = new Map<string, string>();
  const progress = startProgress('loaded', 'survivors', options.survivors);
  while (all.length < options.survivors) {
    const batch = Array.from({ length: Math.min(SURVIVOR_BATCH, options.survivors - all.length) }, () => next());
    const users = batch.flatMap((survivor, i) => {
      if (!withAccount.chance(SURVIVOR_ACCOUNT_SHARE)) return [];
      const userId = withAccount.uuid();
      accounts.set(survivor.id, userId);
      return [[userId, survivor.organisationId, `survivor-${all.length + i + 1}@example.org`, survivor.pseudonym, 'survivor', inputs.passwordHash, false]];
    });
    await insertRows(client, 'users', USER_COLUMNS, users);
    await insertRows(
      client,
      'survivor_profiles',
      SURVIVOR_COLUMNS,
      batch.map((survivor) => {
        const { sealedPersonal, personalKeyId } = inputs.sealer.seal(survivor.id, survivor.personal);
        return [
          survivor.id, survivor.organisationId, inputs.caseworkers.get(survivor.organisationId)!.id, accounts.get(survivor.id) ?? null, survivor.pseudonym,
          sealedPersonal, personalKeyId, JSON.stringify(survivor.skills), survivor.skillCodes, JSON.stringify(survivor.languages), survivor.languageCodes,
          survivor.regionCode, survivor.hoursPerWeek, survivor.shifts, survivor.workplace, survivor.preferredSectors, survivor.minimumHourlyWageMinor,
          survivor.excludedRegionCodes, survivor.excludedEmployerIds, survivor.excludedSectors, survivor.createdAt, survivor.createdAt,
        ];
      }),
    );
    for (const survivor of batch) {
      perOrganisation.set(survivor.organisationId, (perOrganisation.get(survivor.organisationId) ?? 0) + 1);
      all.push({ id: survivor.id, organisationId: survivor.organisationId, regionCode: survivor.regionCode, createdAt: survivor.createdAt, pseudonym: survivor.pseudonym });
      if (!typical(survivor)) continue;
      const slot = slots.findIndex((region, i) => region === survivor.regionCode && picked[i] === undefined);
      if (slot >= 0) picked[slot] = survivor;
      else if (spare.length < SURVIVOR_ACCOUNTS) spare.push(survivor);
    }
    progress.update(all.length);
  }
  progress.finish();
  // A small dataset may have too few typical survivors in a small region: others stand in.
  return { perOrganisation, picked: picked.map((survivor) => survivor ?? spare.shift()).filter((survivor) => survivor !== undefined), all, accounts };
}

/**
 * Accounts with known addresses for the given profiles: a profile that has one already gets
 * the new address, the others a new account (recorded in `accounts`).
 */
async function giveAccounts(
  client: Client,
  profiles: ReadonlyArray<{ id: string; organisationId: string; pseudonym: string; email: string }>,
  accounts: Map<string, string>,
  ids: Random,
  passwordHash: string,
): Promise<void> {
  const fresh = profiles.filter((profile) => !accounts.has(profile.id)).map((profile) => ({ ...profile, userId: ids.uuid() }));
  for (const profile of profiles) {
    const existing = accounts.get(profile.id);
    if (existing) await client.query('UPDATE users SET email = $1 WHERE id = $2', [profile.email, existing]);
  }
  await insertRows(client, 'users', USER_COLUMNS, fresh.map((profile) => [profile.userId, profile.organisationId, profile.email, profile.pseudonym, 'survivor', passwordHash, false]));
  for (const profile of fresh) {
    await client.query('UPDATE survivor_profiles SET user_id = $1 WHERE id = $2', [profile.userId, profile.id]);
    accounts.set(profile.id, profile.userId);
  }
}

/** An account for each picked profile, in its organisation: the first is bench-survivor@example.org. */
async function insertSurvivorAccounts(client: Client, profiles: SurvivorRow[], accounts: Map<string, string>, seed: string, passwordHash: string): Promise<Credentials[]> {
  const named = profiles.map((profile, i) => ({ ...profile, email: i === 0 ? 'bench-survivor@example.org' : `bench-survivor-${i + 1}@example.org` }));
  await giveAccounts(client, named, accounts, new Random(seed, 'bench-survivors'), passwordHash);
  return named.map(({ email }) => ({ email, password: PASSWORD }));
}

/** Accounts for the survivors who press the alarm: the warm-up's first, then the measured ones. */
async function insertAlarmAccounts(
  client: Client,
  profiles: LoadedSurvivor[],
  accounts: Map<string, string>,
  caseworkers: Map<string, Caseworker>,
  seed: string,
  passwordHash: string,
): Promise<AlarmAccount[]> {
  const named = profiles.map((profile, i) => ({
    ...profile,
    email: i < ALARM_WARM_UP_ACCOUNTS ? `bench-alarm-warm-up-${i + 1}@example.org` : `bench-alarm-${i - ALARM_WARM_UP_ACCOUNTS + 1}@example.org`,
  }));
  await giveAccounts(client, named, accounts, new Random(seed, 'bench-alarm-accounts'), passwordHash);
  return named.map((profile) => ({ email: profile.email, password: PASSWORD, survivorId: profile.id, caseworkerEmail: caseworkers.get(profile.organisationId)!.email }));
}

const PLACEMENT_COLUMNS = [
  'id', 'survivor_id', 'application_id', 'job_id', 'employer_id', 'start_date', 'wage_minor', 'wage_currency', 'wage_period', 'hours_per_week',
  'end_date', 'end_reason', 'end_note', 'ended_by_role', 'ended_by_id', 'created_at', 'updated_at',
];

const CHECK_IN_COLUMNS = [
  'id', 'placement_id', 'survivor_id', 'day_offset', 'due_on', 'status', 'reminded_at', 'answers', 'note', 'answered_at', 'answered_by_role',
  'answered_by_id', 'missed_at', 'created_at',
];

/**
 * Placements over the survivors and their check-ins, a batch of placements at a time. Who
 * recorded an end or answered a check-in follows the accounts: a survivor without one was
 * helped by their caseworker, and the bench has no employer accounts (an employer's id is null).
 */
async function insertWorkHistories(
  client: Client,
  options: BenchOptions,
  inputs: { now: Date; survivors: LoadedSurvivor[]; jobs: PlacementJob[]; accounts: Map<string, string>; caseworkers: Map<string, Caseworker> },
): Promise<Pick<Dataset, 'placements' | 'runningPlacements' | 'checkIns'>> {
  status(`generating ${formatCount(options.placements)} placements…`);
  const placements = generatePlacements(options.placements, { seed: options.seed, now: inputs.now, survivors: inputs.survivors, jobs: inputs.jobs });
  const organisationOf = new Map(inputs.survivors.map((survivor) => [survivor.id, survivor.organisationId]));
  const caseworkerOf = (survivorId: string) => inputs.caseworkers.get(organisationOf.get(survivorId)!)!.id;
  /** The role and id of who acted for a survivor: themselves with an account, else their caseworker. */
  const actor = (role: string | null, survivorId: string): [string | null, string | null] => {
    if (role === null || role === 'employer') return [role, null];
    const account = role === 'survivor' ? inputs.accounts.get(survivorId) : undefined;
    return account ? ['survivor', account] : ['caseworker', caseworkerOf(survivorId)];
  };
  const nextCheckIns = checkInGenerator({
    seed: options.seed,
    now: inputs.now,
    days: CHECK_IN_DAYS,
    graceDays: CHECK_IN_GRACE_DAYS_DEFAULT,
    lastScanDaysAgo: LAST_SCAN_DAYS_AGO,
  });
  const checkIns: Record<CheckInStatus, number> = { scheduled: 0, due: 0, answered: 0, missed: 0, cancelled: 0 };

  const placementProgress = startProgress('loaded', 'placements', placements.length);
  for (let start = 0; start < placements.length; start += PLACEMENT_BATCH) {
    const batch = placements.slice(start, start + PLACEMENT_BATCH);
    await insertRows(client, 'placements', PLACEMENT_COLUMNS, batch.map((p: PlacementRow) => [
      p.id, p.survivorId, null, p.jobId, p.employerId, p.startDate, p.wageMinor, p.wageCurrency, p.wagePeriod, p.hoursPerWeek,
      p.endDate, p.endReason, p.endNote, ...actor(p.endedByRole, p.survivorId), p.createdAt, p.updatedAt,
    ]));
    placementProgress.update(start + batch.length);
  }
  placementProgress.finish();

  const checkInProgress = startProgress('loaded', 'check-ins', placements.length * CHECK_IN_DAYS.length);
  let loaded = 0;
  for (let start = 0; start < placements.length; start += PLACEMENT_BATCH) {
    const rows = placements.slice(start, start + PLACEMENT_BATCH).flatMap(nextCheckIns);
    await insertRows(client, 'check_ins', CHECK_IN_COLUMNS, rows.map((c) => [
      c.id, c.placementId, c.survivorId, c.dayOffset, c.dueOn, c.status, c.remindedAt, c.answers && JSON.stringify(c.answers), c.note,
      c.answeredAt, ...actor(c.answeredByRole, c.survivorId), c.missedAt, c.createdAt,
    ]));
    for (const row of rows) checkIns[row.status]++;
    checkInProgress.update((loaded += rows.length));
  }
  checkInProgress.finish();
  return { placements: placements.length, runningPlacements: placements.filter((p) => p.endDate === null).length, checkIns };
}

const FLAG_COLUMNS = [
  'id', 'survivor_id', 'organisation_id', 'assigned_to_id', 'level', 'score', 'reasons', 'status', 'due_at', 'opened_at', 'acknowledged_at',
  'escalated_at', 'resolved_at', 'outcome', 'created_at', 'updated_at',
];
const FLAG_BATCH = 2000;

/**
 * Follow-ups over survivors (one each), with the signals that opened them and their history, a
 * batch at a time: most resolved over the years, the rest a queue of the last two weeks with
 * some overdue. Their levels come from the API's rules (libs/risk) applied to their signals.
 */
async function insertFlags(
  client: Client,
  options: BenchOptions,
  inputs: { now: Date; survivors: LoadedSurvivor[]; caseworkers: Map<string, Caseworker> },
): Promise<Dataset['flags']> {
  status(`generating ${formatCount(options.flags)} follow-ups…`);
  const generated = generateFlags(
    options.flags,
    inputs.survivors.map((survivor) => ({ ...survivor, caseworkerId: inputs.caseworkers.get(survivor.organisationId)!.id })),
    { seed: options.seed, now: inputs.now },
  );
  const counts = { total: generated.length, unresolved: 0, overdue: 0, signals: 0, events: 0 };
  const progress = startProgress('loaded', 'follow-ups', generated.length);
  for (let start = 0; start < generated.length; start += FLAG_BATCH) {
    const batch = generated.slice(start, start + FLAG_BATCH);
    await insertRows(client, 'flags', FLAG_COLUMNS, batch.map(({ flag: f }) => [
      f.id, f.survivorId, f.organisationId, f.assignedToId, f.level, f.score, JSON.stringify(f.reasons), f.status, f.dueAt, f.openedAt, f.acknowledgedAt,
      f.escalatedAt, f.resolvedAt, f.outcome, f.openedAt, f.resolvedAt ?? f.acknowledgedAt ?? f.openedAt,
    ]));
    const signals = batch.flatMap(({ signals }) => signals);
    await insertRows(client, 'risk_signals', ['id', 'survivor_id', 'type', 'occurred_at', 'source_type', 'flag_id', 'created_at'], signals.map((r) => [
      r.id, r.survivorId, r.type, r.occurredAt, r.sourceType, r.flagId, r.occurredAt,
    ]));
    const events = batch.flatMap(({ events }) => events);
    await insertRows(client, 'flag_events', ['flag_id', 'type', 'at', 'actor_id', 'level', 'signal_type'], events.map((e) => [
      e.flagId, e.type, e.at, e.actorId, e.level, e.signalType,
    ]));
    for (const { flag } of batch) {
      if (flag.status !== 'resolved') counts.unresolved++;
      if (flag.status !== 'resolved' && flag.dueAt < inputs.now) counts.overdue++;
    }
    counts.signals += signals.length;
    counts.events += events.length;
    progress.update(start + batch.length);
  }
  progress.finish();
  return counts;
}
