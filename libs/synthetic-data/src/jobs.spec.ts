import { hourlyWageMinor, Sector, WORK_LANGUAGES } from '@onward/shared';
import { GenerateJobsOptions, generateJobs, jobGenerator, JobRow, SkillRef } from './jobs';
import { generateEmployers } from './organisations';
import { UK_REGIONS, UK_WAGE_FLOOR_MINOR } from './regions';
import { SECTOR_PROFILES } from './sector-profiles';

const NOW = new Date('2026-06-01T12:00:00Z');
const TODAY = '2026-06-01';
const DAY_MS = 86_400_000;

/** A taxonomy like the real one: every skill the roles name, plus the cross-cutting groups. */
const SKILLS: SkillRef[] = [
  ...new Set([
    ...Object.values(SECTOR_PROFILES).flatMap((profile) => profile.roles.flatMap((role) => role.skills)),
    'life_work.punctuality',
    'life_work.teamwork',
    'life_work.manual_handling',
    'languages.spanish',
    'languages.polish',
    'languages.arabic',
  ]),
].map((code) => ({ code, group: code.split('.')[0] }));

const employers = generateEmployers(300, { seed: 'spec', regions: UK_REGIONS });
const options: GenerateJobsOptions = { seed: 'spec', now: NOW, regions: UK_REGIONS, skills: SKILLS, employers };
const jobs = generateJobs(5000, options);

const share = (predicate: (job: JobRow) => boolean, of: readonly JobRow[] = jobs) => of.filter(predicate).length / of.length;
const percentile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.floor(q * (values.length - 1))];
const containsWord = (word: string) => (job: JobRow) => new RegExp(`\\b${word}\\b`, 'i').test(`${job.title} ${job.description}`);

describe('generateJobs', () => {
  it('gives the same jobs for the same seed, and other jobs for another seed', () => {
    expect(generateJobs(500, options)).toEqual(jobs.slice(0, 500));
    const other = generateJobs(50, { ...options, seed: 'other' });
    expect(other.map((job) => job.title)).not.toEqual(jobs.slice(0, 50).map((job) => job.title));
  });

  it('makes the first jobs of a longer run the same as a shorter run, and streams the same jobs', () => {
    expect(generateJobs(100, options)).toEqual(generateJobs(300, options).slice(0, 100));
    const next = jobGenerator(options);
    expect(Array.from({ length: 200 }, () => next())).toEqual(jobs.slice(0, 200));
  });

  it('weights sectors towards care, cleaning, hospitality, food and retail', () => {
    const total = Object.values(SECTOR_PROFILES).reduce((sum, profile) => sum + profile.weight, 0);
    for (const [sector, profile] of Object.entries(SECTOR_PROFILES)) {
      expect(Math.abs(share((job) => job.sector === sector) - profile.weight / total)).toBeLessThan(0.02);
    }
    const office = share((job) => job.sector === 'office');
    for (const heavy of ['care', 'cleaning', 'hospitality', 'food', 'retail'] as Sector[]) {
      expect(share((job) => job.sector === heavy)).toBeGreaterThan(4 * office);
    }
  });

  it('pays at least the region floor, mostly by the hour and near the floor, with a long tail', () => {
    expect(jobs.filter((job) => job.hourlyWageMinor !== hourlyWageMinor(job.wageMinor, job.wagePeriod, job.hoursPerWeek))).toEqual([]);
    expect(jobs.filter((job) => job.hourlyWageMinor < UK_WAGE_FLOOR_MINOR || job.wageCurrency !== 'GBP')).toEqual([]);
    const hourly = jobs.map((job) => job.hourlyWageMinor);
    expect(share((job) => job.wagePeriod === 'hour')).toBeGreaterThan(0.7);
    expect(share((job) => job.hourlyWageMinor === UK_WAGE_FLOOR_MINOR)).toBeGreaterThan(0.15);
    expect(percentile(hourly, 0.5)).toBeLessThan(UK_WAGE_FLOOR_MINOR * 1.15);
    expect(percentile(hourly, 0.99)).toBeGreaterThan(UK_WAGE_FLOOR_MINOR * 1.4);
    // Salaries come with full-time hours.
    expect(share((job) => job.hoursPerWeek >= 35, jobs.filter((job) => job.wagePeriod === 'year'))).toBe(1);
  });

  it('keeps hours within what the API accepts, with a mix of full- and part-time', () => {
    expect(jobs.filter((job) => !Number.isInteger(job.hoursPerWeek) || job.hoursPerWeek < 1 || job.hoursPerWeek > 60)).toEqual([]);
    expect(share((job) => job.hoursPerWeek < 35)).toBeGreaterThan(0.25);
    expect(share((job) => job.hoursPerWeek >= 35)).toBeGreaterThan(0.4);
  });

  it('asks mostly for English, sometimes for another language the survivors speak', () => {
    const known: readonly string[] = WORK_LANGUAGES;
    expect(jobs.filter((job) => job.languages.length === 0 || job.languages.some((language) => !known.includes(language)))).toEqual([]);
    expect(share((job) => job.languages.length === 1 && job.languages[0] === 'en')).toBeGreaterThan(0.75);
    expect(share((job) => job.languages.includes('es'))).toBeGreaterThan(0.01);
    expect(share((job) => !job.languages.includes('en'))).toBeGreaterThan(0.02);
  });

  it('offers remote work only where the work can be done from home', () => {
    const remoteSectors = new Set(jobs.filter((job) => job.remote).map((job) => job.sector));
    expect([...remoteSectors].sort()).toEqual(['garment_crafts', 'office']);
    expect(share((job) => job.remote, jobs.filter((job) => job.sector === 'office'))).toBeGreaterThan(0.1);
  });

  it('requires skills of the job’s own sector, plus a few cross-cutting ones', () => {
    const known = new Set(SKILLS.map((skill) => skill.code));
    const codes = (job: JobRow) => [...job.requiredSkills, ...job.preferredSkills];
    expect(jobs.filter((job) => job.requiredSkills.length === 0 || new Set(codes(job)).size !== codes(job).length)).toEqual([]);
    expect(jobs.filter((job) => codes(job).some((code) => !known.has(code)))).toEqual([]);
    const required = jobs.flatMap((job) => job.requiredSkills.map((code) => ({ code, group: SECTOR_PROFILES[job.sector].skillGroup })));
    expect(required.filter(({ code, group }) => code.startsWith(`${group}.`)).length / required.length).toBeGreaterThan(0.8);
    expect(share((job) => job.requiredSkills.some((code) => code.startsWith('life_work.')))).toBeGreaterThan(0.1);
    expect(share((job) => job.preferredSkills.includes('languages.spanish'), jobs.filter((job) => job.languages.includes('es')))).toBe(1);
  });

  it('uses words with realistic selectivity: common ones in many jobs, trades in few', () => {
    expect(share(containsWord('cleaner'))).toBeGreaterThan(0.05);
    expect(share(containsWord('kitchen'))).toBeGreaterThan(0.05);
    expect(share(containsWord('carpenter'))).toBeGreaterThan(0.001);
    expect(share(containsWord('carpenter'))).toBeLessThan(0.02);
    expect(share(containsWord('upholsterer'))).toBeLessThan(0.01);
    expect(new Set(jobs.map((job) => job.title)).size).toBeGreaterThan(400);
    expect(new Set(jobs.map((job) => job.description)).size).toBe(jobs.length);
    // Rare proper nouns keep the vocabulary growing with the data, as in real ads.
    const words = new Set(jobs.flatMap((job) => `${job.title} ${job.description}`.toLowerCase().split(/[^a-z]+/)));
    expect(words.size).toBeGreaterThan(2000);
  });

  it('writes titles and descriptions within the API’s limits', () => {
    expect(jobs.filter((job) => job.title.length < 3 || job.title.length > 120)).toEqual([]);
    expect(jobs.filter((job) => job.description.length < 20 || job.description.length > 5000)).toEqual([]);
  });

  it('places jobs with their own employers, in regions those employers hire in', () => {
    const byId = new Map(employers.map((employer) => [employer.id, employer]));
    expect(jobs.filter((job) => byId.get(job.employerId)?.sector !== job.sector)).toEqual([]);
    expect(jobs.filter((job) => !byId.get(job.employerId)?.regions.includes(job.regionCode))).toEqual([]);
    const perEmployer = [...jobs.reduce((counts, job) => counts.set(job.employerId, (counts.get(job.employerId) ?? 0) + 1), new Map<string, number>()).values()];
    // Sizes vary like firms' do: the biggest posts many times what the typical one does.
    expect(Math.max(...perEmployer)).toBeGreaterThan(5 * percentile(perEmployer, 0.5));
  });

  it('spreads publication over the last 90 days and keeps every job open today', () => {
    const published = (job: JobRow) => job.publishedAt.getTime();
    expect(jobs.filter((job) => published(job) > NOW.getTime() || published(job) <= NOW.getTime() - 90 * DAY_MS)).toEqual([]);
    expect(jobs.filter((job) => job.createdAt.getTime() > published(job) || job.status !== 'published')).toEqual([]);
    expect(jobs.filter((job) => job.closingDate !== null && job.closingDate <= TODAY)).toEqual([]);
    expect(jobs.filter((job) => job.startDate !== null && job.startDate <= (job.closingDate ?? TODAY))).toEqual([]);
    expect(share((job) => job.publishedAt.getTime() < NOW.getTime() - 60 * DAY_MS)).toBeGreaterThan(0.2);
    expect(share((job) => job.closingDate === null)).toBeGreaterThan(0.1);
    expect(new Set(jobs.map((job) => job.id)).size).toBe(jobs.length);
  });
});
