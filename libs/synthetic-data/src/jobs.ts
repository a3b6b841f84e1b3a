import { hourlyWageMinor, Sector, WagePeriod, WorkLanguage } from '@onward/shared';
import { addDays, isoDay, startOfDay } from './dates';
import { ACCOMMODATIONS, GENERAL_TRAINING, jobDescription, jobTitle } from './job-text';
import { LANGUAGE_MIXES, SECOND_LANGUAGE_WEIGHTS, SECOND_LANGUAGES } from './languages';
import { Random, Seed, WeightedTable } from './random';
import { SyntheticRegion } from './regions';
import { SECTOR_PROFILES, SECTOR_WEIGHTS, SectorProfile } from './sector-profiles';

/** A taxonomy skill: its code and the group it belongs to. */
export interface SkillRef {
  code: string;
  group: string;
}

/** What generateJobs needs to know about an employer. */
export interface JobEmployer {
  id: string;
  sector: Sector;
  regions: readonly string[];
}

/** A published job, column for column what the `jobs` table holds (camelCase). */
export interface JobRow {
  id: string;
  employerId: string;
  title: string;
  description: string;
  requiredSkills: string[];
  preferredSkills: string[];
  sector: Sector;
  regionCode: string;
  remote: boolean;
  wageMinor: number;
  wageCurrency: string;
  wagePeriod: WagePeriod;
  hoursPerWeek: number;
  hourlyWageMinor: number;
  languages: WorkLanguage[];
  trainingOffered: string | null;
  accommodations: string | null;
  startDate: string | null;
  closingDate: string | null;
  status: 'published';
  publishedAt: Date;
  createdAt: Date;
}

export interface GenerateJobsOptions {
  seed: Seed;
  /** The moment the data is for: jobs were published in the 90 days before it and are still open. */
  now: Date;
  regions: readonly SyntheticRegion[];
  skills: readonly SkillRef[];
  employers: readonly JobEmployer[];
}

const PUBLISHED_WITHIN_DAYS = 90;

/**
 * How many jobs an employer posts, relative to others: lognormal like firm sizes, so most post
 * a few and some many, capped so no seed hands one employer a whole sector.
 */
const EMPLOYER_SIZE_SIGMA = 1.1;
const EMPLOYER_SIZE_MAX = 20;

/**
 * Published jobs with realistic shapes: sectors weighted towards care, cleaning, hospitality,
 * food and retail; titles and descriptions from each sector's vocabulary; wages mostly hourly
 * near the region's floor with a long tail; English mostly, other languages sometimes.
 *
 * The same options give the same jobs, and the first n of a longer run are the n of a shorter.
 */
export function generateJobs(count: number, options: GenerateJobsOptions): JobRow[] {
  const next = jobGenerator(options);
  return Array.from({ length: count }, () => next());
}

/** The same jobs as generateJobs, one per call: for loading more than fits comfortably in memory. */
export function jobGenerator(options: GenerateJobsOptions): () => JobRow {
  if (options.employers.length === 0) throw new Error('generateJobs needs at least one employer');
  const context = new JobContext(options);
  const random = new Random(options.seed, 'jobs');
  return () => context.job(random);
}

/** Everything about the inputs that does not change from one job to the next. */
class JobContext {
  private readonly regions: Map<string, SyntheticRegion>;
  private readonly regionTable: WeightedTable<SyntheticRegion>;
  private readonly skillsByGroup = new Map<string, string[]>();
  private readonly knownSkills: Set<string>;
  private readonly employersBySector = new Map<Sector, WeightedTable<JobEmployer>>();
  private readonly allEmployers: WeightedTable<JobEmployer>;
  private readonly today: Date;

  constructor(private readonly options: GenerateJobsOptions) {
    this.regions = new Map(options.regions.map((region) => [region.code, region]));
    this.regionTable = new WeightedTable(options.regions.map((region) => [region, region.weight] as const));
    for (const skill of options.skills) {
      const group = this.skillsByGroup.get(skill.group) ?? [];
      group.push(skill.code);
      this.skillsByGroup.set(skill.group, group);
    }
    this.knownSkills = new Set(options.skills.map((skill) => skill.code));
    this.today = startOfDay(options.now);

    const sizes = new Random(options.seed, 'employer-sizes');
    const weighted = options.employers.map((employer) => [employer, Math.min(sizes.logNormal(0, EMPLOYER_SIZE_SIGMA), EMPLOYER_SIZE_MAX)] as const);
    this.allEmployers = new WeightedTable(weighted);
    for (const sector of Object.keys(SECTOR_PROFILES) as Sector[]) {
      const ofSector = weighted.filter(([employer]) => employer.sector === sector);
      if (ofSector.length > 0) this.employersBySector.set(sector, new WeightedTable(ofSector));
    }
  }

  job(random: Random): JobRow {
    // The sector first, so the sector mix holds whatever the employers' sizes came out as.
    const wanted = random.weighted(SECTOR_WEIGHTS);
    const employer = (this.employersBySector.get(wanted) ?? this.allEmployers).pick(random);
    const sector = employer.sector;
    const profile = SECTOR_PROFILES[sector];
    const region = this.regionOf(random, employer);
    const role = random.weighted(profile.roles.map((candidate) => [candidate, candidate.weight] as const));

    const fullTime = random.chance(profile.fullTimeShare);
    const hoursPerWeek = fullTime ? random.weighted(FULL_TIME_HOURS) : Math.round(clamp(random.normal(20, 6), 8, 32));
    const night = role.night === true && random.chance(profile.nightShare);
    const remote = role.remote === true && random.chance(profile.remoteShare);
    const languages = this.languages(random);
    const otherLanguage = languages.find((code) => code !== 'en');

    const facts = {
      profile,
      role,
      town: random.pick(region.towns.length > 0 ? region.towns : [region.name]),
      hoursPerWeek,
      fullTime,
      night,
      remote,
      otherLanguage: otherLanguage ? SECOND_LANGUAGES[otherLanguage]!.name : null,
      englishNotNeeded: !languages.includes('en'),
    };
    const title = jobTitle(random, facts);
    const description = jobDescription(random, facts);
    const requiredSkills = this.requiredSkills(random, profile, role.skills);
    const preferredSkills = this.preferredSkills(random, profile, requiredSkills, otherLanguage);
    const wage = this.wage(random, profile, region, hoursPerWeek, fullTime);

    const publishedAt = new Date(this.options.now.getTime() - random.next() * PUBLISHED_WITHIN_DAYS * 86_400_000);
    const closingDate = random.chance(0.75) ? addDays(this.today, random.int(1, 60)) : null;
    const startDate = random.chance(0.4) ? addDays(closingDate ?? this.today, random.int(7, 45)) : null;
    return {
      id: random.uuid(),
      employerId: employer.id,
      title,
      description,
      requiredSkills,
      preferredSkills,
      sector,
      regionCode: region.code,
      remote,
      ...wage,
      wageCurrency: region.currency,
      hoursPerWeek,
      languages,
      trainingOffered: random.chance(0.45) ? random.pick([...profile.training, ...GENERAL_TRAINING]) : null,
      accommodations: random.chance(0.35) ? random.pick(ACCOMMODATIONS) : null,
      startDate: startDate && isoDay(startDate),
      closingDate: closingDate && isoDay(closingDate),
      status: 'published',
      publishedAt,
      createdAt: new Date(publishedAt.getTime() - random.int(0, 3 * 86_400) * 1000),
    };
  }

  private regionOf(random: Random, employer: JobEmployer): SyntheticRegion {
    const known = employer.regions.map((code) => this.regions.get(code)).filter((region) => region !== undefined);
    if (known.length === 0) return this.regionTable.pick(random);
    return known.length === 1 ? known[0] : random.weighted(known.map((region) => [region, region.weight] as const));
  }

  private languages(random: Random): WorkLanguage[] {
    const mix = random.weighted(LANGUAGE_MIXES);
    if (mix === 'english') return ['en'];
    const other = random.weighted(SECOND_LANGUAGE_WEIGHTS);
    return mix === 'both' ? ['en', other] : [other];
  }

  /** The role's own skills first, then others of the sector, and sometimes a work-readiness one. */
  private requiredSkills(random: Random, profile: SectorProfile, roleSkills: readonly string[]): string[] {
    const skills = roleSkills.filter((code) => this.knownSkills.has(code)).slice(0, random.int(1, 2));
    const target = random.weighted([[1, 20], [2, 40], [3, 30], [4, 10]] as const);
    const sectorSkills = this.skillsByGroup.get(profile.skillGroup) ?? [];
    for (const code of random.sample(sectorSkills, target)) if (skills.length < target && !skills.includes(code)) skills.push(code);
    if (random.chance(0.3)) this.addFromGroup(random, skills, 'life_work');
    return skills;
  }

  private preferredSkills(random: Random, profile: SectorProfile, required: readonly string[], otherLanguage: WorkLanguage | undefined): string[] {
    const sectorSkills = (this.skillsByGroup.get(profile.skillGroup) ?? []).filter((code) => !required.includes(code));
    const skills = random.sample(sectorSkills, random.weighted([[0, 30], [1, 35], [2, 25], [3, 10]] as const));
    if (random.chance(0.3)) this.addFromGroup(random, skills, 'life_work', required);
    const languageSkill = otherLanguage && SECOND_LANGUAGES[otherLanguage]!.skill;
    if (languageSkill && this.knownSkills.has(languageSkill) && !required.includes(languageSkill)) skills.push(languageSkill);
    return skills;
  }

  private addFromGroup(random: Random, skills: string[], group: string, exclude: readonly string[] = []): void {
    const candidates = (this.skillsByGroup.get(group) ?? []).filter((code) => !skills.includes(code) && !exclude.includes(code));
    if (candidates.length > 0) skills.push(random.pick(candidates));
  }

  /**
   * Hourly pay at the floor or a lognormal premium above it; a quoted weekly, monthly or
   * yearly amount is rounded up, so its hourly equivalent never falls below the floor.
   */
  private wage(
    random: Random,
    profile: SectorProfile,
    region: SyntheticRegion,
    hoursPerWeek: number,
    fullTime: boolean,
  ): Pick<JobRow, 'wageMinor' | 'wagePeriod' | 'hourlyWageMinor'> {
    const floor = region.hourlyWageFloorMinor;
    // Above the floor, ads quote round-ish amounts (to 5p); at the floor, the floor itself.
    const atFloor = random.chance(profile.floorShare);
    const hourly = atFloor ? floor : roundUp(floor * (1 + Math.min(random.logNormal(Math.log(profile.wagePremium), 0.75), 3)), 5);
    // Salaries are for full-time work; part-time jobs are nearly always quoted by the hour.
    const period: WagePeriod = fullTime ? random.weighted(profile.periods) : random.chance(0.95) ? 'hour' : 'week';
    const step = { hour: 1, week: 100, month: 1000, year: 10_000 }[period];
    const weeksPer = { hour: 0, week: 1, month: 52 / 12, year: 52 }[period];
    let wageMinor = period === 'hour' ? hourly : roundUp(hourly * hoursPerWeek * weeksPer, step);
    while (hourlyWageMinor(wageMinor, period, hoursPerWeek) < floor) wageMinor += step;
    return { wageMinor, wagePeriod: period, hourlyWageMinor: hourlyWageMinor(wageMinor, period, hoursPerWeek) };
  }
}

const FULL_TIME_HOURS = [[37, 3], [38, 1], [39, 1], [40, 4], [42, 0.5], [45, 0.7], [48, 0.3]] as const;

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
const roundUp = (value: number, step: number) => Math.ceil(value / step) * step;
