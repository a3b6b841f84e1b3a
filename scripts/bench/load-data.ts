import {
  EmployerRow,
  generateEmployers,
  generateFunders,
  generateGrantProgrammes,
  generateServiceProviders,
  jobGenerator,
  JobRow,
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
import { startProgress, status } from './progress';
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
  seconds: number;
}

export interface Credentials {
  email: string;
  password: string;
}

const JOB_BATCH = 2000;
const SURVIVOR_BATCH = 2000;
const LOOKUP_SAMPLE = 1000;
const CANDIDATE_JOB_SAMPLE = 2000;
/** Survivors the matches scenario signs in as, one request each in turn. */
const SURVIVOR_ACCOUNTS = 20;
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
 * service providers with a caseworker each, survivor profiles (personal details sealed with
 * `sealer`, which holds the key the API is started with), and survivor accounts to sign in as.
 * Skills come from the taxonomy the migrations inserted.
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
    const jobIds = await insertJobs(client, options, { now, regions, skills, employers: vetted }, words);

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
    const survivors = await insertSurvivors(client, options, {
      now,
      regions,
      skills,
      serviceProviders: providers,
      employerIds: vetted.map((employer) => employer.id),
      caseworkers,
      sealer,
    });
    const survivorAccounts = await insertSurvivorAccounts(client, survivors.picked, options.seed, passwordHash);
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

/** Generates and inserts jobs a batch at a time, counting their words; returns their ids. */
async function insertJobs(
  client: Client,
  options: BenchOptions,
  inputs: { now: Date; regions: typeof UK_REGIONS; skills: Array<{ code: string; group: string }>; employers: EmployerRow[] },
  words: WordCounter,
): Promise<string[]> {
  const next = jobGenerator({ seed: options.seed, ...inputs });
  const ids: string[] = [];
  const progress = startProgress('loaded', 'jobs', options.jobs);
  while (ids.length < options.jobs) {
    const batch = Array.from({ length: Math.min(JOB_BATCH, options.jobs - ids.length) }, () => next());
    await insertRows(client, 'jobs', JOB_COLUMNS, batch.map(jobValues));
    ids.push(...batch.map((job) => job.id));
    for (const job of batch) words.add(`${job.title} ${job.description}`);
    progress.update(ids.length);
  }
  progress.finish();
  return ids;
}

const SURVIVOR_COLUMNS = [
  'id', 'organisation_id', 'caseworker_id', 'pseudonym', 'sealed_personal', 'personal_key_id', 'skills', 'skill_codes', 'languages',
  'language_codes', 'region_code', 'hours_per_week', 'shifts', 'workplace', 'preferred_sectors', 'minimum_hourly_wage_minor',
  'excluded_region_codes', 'excluded_employer_ids', 'excluded_sectors', 'created_at', 'updated_at',
];

interface Caseworker {
  id: string;
  email: string;
}

/** Service-provider organisations and one caseworker each (organisation id → caseworker). */
async function insertServiceProviders(client: Client, providers: ServiceProviderRow[], seed: string, passwordHash: string): Promise<Map<string, Caseworker>> {
  await insertRows(client, 'organisations', ['id', 'name', 'kind'], providers.map((provider) => [provider.id, provider.name, 'service_provider']));
  const ids = new Random(seed, 'bench-caseworkers');
  const caseworkers = new Map(providers.map((provider, i) => [provider.id, { id: ids.uuid(), email: `bench-caseworker-${i + 1}@example.org` }]));
  await insertRows(
    client,
    'users',
    ['id', 'organisation_id', 'email', 'display_name', 'role', 'password_hash'],
    [...caseworkers].map(([organisationId, caseworker], i) => [caseworker.id, organisationId, caseworker.email, `Bench caseworker ${i + 1}`, 'caseworker', passwordHash]),
  );
  return caseworkers;
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
 * organisation's caseworker. Returns how many each organisation has, and typical profiles in
 * different regions (the largest regions twice) to give accounts to.
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
  },
): Promise<{ perOrganisation: Map<string, number>; picked: SurvivorRow[] }> {
  const next = survivorGenerator({ seed: options.seed, ...inputs });
  const bySize = [...inputs.regions].sort((a, b) => b.weight - a.weight);
  const slots = Array.from({ length: SURVIVOR_ACCOUNTS }, (_, i) => bySize[i % bySize.length].code);
  const picked: Array<SurvivorRow | undefined> = slots.map(() => undefined);
  const spare: SurvivorRow[] = [];
  const perOrganisation = new Map<string, number>();
  const progress = startProgress('loaded', 'survivors', options.survivors);
  let done = 0;
  while (done < options.survivors) {
    const batch = Array.from({ length: Math.min(SURVIVOR_BATCH, options.survivors - done) }, () => next());
    await insertRows(
      client,
      'survivor_profiles',
      SURVIVOR_COLUMNS,
      batch.map((survivor) => {
        const { sealedPersonal, personalKeyId } = inputs.sealer.seal(survivor.id, survivor.personal);
        return [
          survivor.id, survivor.organisationId, inputs.caseworkers.get(survivor.organisationId)!.id, survivor.pseudonym, sealedPersonal, personalKeyId,
          JSON.stringify(survivor.skills), survivor.skillCodes, JSON.stringify(survivor.languages), survivor.languageCodes, survivor.regionCode,
          survivor.hoursPerWeek, survivor.shifts, survivor.workplace, survivor.preferredSectors, survivor.minimumHourlyWageMinor,
          survivor.excludedRegionCodes, survivor.excludedEmployerIds, survivor.excludedSectors, survivor.createdAt, survivor.createdAt,
        ];
      }),
    );
    for (const survivor of batch) {
      perOrganisation.set(survivor.organisationId, (perOrganisation.get(survivor.organisationId) ?? 0) + 1);
      if (!typical(survivor)) continue;
      const slot = slots.findIndex((region, i) => region === survivor.regionCode && picked[i] === undefined);
      if (slot >= 0) picked[slot] = survivor;
      else if (spare.length < SURVIVOR_ACCOUNTS) spare.push(survivor);
    }
    done += batch.length;
    progress.update(done);
  }
  progress.finish();
  // A small dataset may have too few typical survivors in a small region: others stand in.
  return { perOrganisation, picked: picked.map((survivor) => survivor ?? spare.shift()).filter((survivor) => survivor !== undefined) };
}

/** An account for each picked profile, in its organisation: the first is bench-survivor@example.org. */
async function insertSurvivorAccounts(client: Client, profiles: SurvivorRow[], seed: string, passwordHash: string): Promise<Credentials[]> {
  const ids = new Random(seed, 'bench-survivors');
  const accounts = profiles.map((profile, i) => ({ id: ids.uuid(), profile, email: i === 0 ? 'bench-survivor@example.org' : `bench-survivor-${i + 1}@example.org` }));
  await insertRows(
    client,
    'users',
    ['id', 'organisation_id', 'email', 'display_name', 'role', 'password_hash'],
    accounts.map(({ id, profile, email }) => [id, profile.organisationId, email, profile.pseudonym, 'survivor', passwordHash]),
  );
  for (const { id, profile } of accounts) await client.query('UPDATE survivor_profiles SET user_id = $1 WHERE id = $2', [id, profile.id]);
  return accounts.map(({ email }) => ({ email, password: PASSWORD }));
}
