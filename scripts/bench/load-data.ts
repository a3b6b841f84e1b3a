import {
  EmployerRow,
  generateEmployers,
  generateFunders,
  generateGrantProgrammes,
  jobGenerator,
  JobRow,
  Random,
  UK_REGIONS,
} from '@onward/synthetic-data';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { PasswordHasher } from '../../apps/api/src/modules/auth/password-hasher';
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
  /** Job ids the primary-key baseline looks up, drawn with the seed. */
  lookupJobIds: string[];
  /** How many jobs each word appears in: where the searches' words come from. */
  words: WordCounter;
  survivor: { email: string; password: string };
  seconds: number;
}

const JOB_BATCH = 2000;
const LOOKUP_SAMPLE = 1000;
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
 * and one survivor to sign in as. Skills come from the taxonomy the migrations inserted.
 */
export async function loadDataset(url: string, options: BenchOptions, now: Date): Promise<Dataset> {
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

    const survivor = await insertSurvivor(client);
    status('analysing tables…');
    await client.query('ANALYZE');
    return {
      regions: regions.length,
      vettedEmployers: vetted.length,
      pendingEmployers: employers.length - vetted.length,
      jobs: jobIds.length,
      funders: funders.length,
      grantProgrammes: programmes.length,
      skills: skills.length,
      lookupJobIds: new Random(options.seed, 'lookups').sample(jobIds, LOOKUP_SAMPLE),
      words,
      survivor,
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

/** A survivor of a service provider, to sign in as: search is for signed-in users. */
async function insertSurvivor(client: Client): Promise<{ email: string; password: string }> {
  const survivor = { email: 'bench-survivor@example.org', password: 'bench-password-not-secret' };
  const organisation = await client.query(`INSERT INTO organisations (name, kind) VALUES ('Bench service provider', 'service_provider') RETURNING id`);
  await client.query(`INSERT INTO users (organisation_id, email, display_name, role, password_hash) VALUES ($1, $2, 'Bench survivor', 'survivor', $3)`, [
    organisation.rows[0].id,
    survivor.email,
    await new PasswordHasher().hash(survivor.password),
  ]);
  return survivor;
}
