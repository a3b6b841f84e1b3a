import { LanguageLevel, Sector, SECTORS, Shift, SHIFTS, SkillLevel, WorkLanguage, WorkplacePreference } from '@onward/shared';
import { addDays, DAY_MS, isoDay, startOfDay } from './dates';
import { SkillRef } from './jobs';
import { SECOND_LANGUAGES } from './languages';
import { Random, Seed, Weighted, WeightedTable } from './random';
import { SyntheticRegion } from './regions';
import { SECTOR_PROFILES, SECTOR_WEIGHTS, SectorProfile } from './sector-profiles';

/** A service provider: the organisation whose caseworkers keep survivors' profiles. */
export interface ServiceProviderRow {
  id: string;
  name: string;
}

export interface SurvivorSkillRow {
  code: string;
  level: SkillLevel;
  years: number;
}

export interface SurvivorLanguageRow {
  code: WorkLanguage;
  level: LanguageLevel;
}

/** What `sealed_personal` holds once the caller has sealed it: this library does no cryptography. */
export interface SurvivorPersonalDetails {
  legalName: string;
  dateOfBirth: string;
  phone: string | null;
  email: string | null;
}

/**
 * A survivor profile, column for column what `survivor_profiles` holds (camelCase), except that
 * `personal` is still plain: the loader seals it with the API's key. Caseworker and user
 * accounts are the caller's to add.
 */
export interface SurvivorRow {
  id: string;
  organisationId: string;
  pseudonym: string;
  personal: SurvivorPersonalDetails;
  skills: SurvivorSkillRow[];
  /** The codes of `skills`, in the same order. */
  skillCodes: string[];
  languages: SurvivorLanguageRow[];
  /** The codes of `languages`, in the same order. */
  languageCodes: WorkLanguage[];
  regionCode: string | null;
  hoursPerWeek: number | null;
  shifts: Shift[];
  workplace: WorkplacePreference;
  preferredSectors: Sector[];
  minimumHourlyWageMinor: number | null;
  excludedRegionCodes: string[];
  excludedEmployerIds: string[];
  excludedSectors: Sector[];
  createdAt: Date;
}

export interface GenerateSurvivorsOptions {
  seed: Seed;
  /** The moment the data is for: profiles were created in the three years before it, so work histories (placements.ts) can be as long. */
  now: Date;
  regions: readonly SyntheticRegion[];
  /** The skill taxonomy: skills are drawn from these codes only. */
  skills: readonly SkillRef[];
  serviceProviders: readonly Pick<ServiceProviderRow, 'id'>[];
  /** Employers a survivor may have excluded for their safety (a former exploiter, say). */
  employerIds: readonly string[];
}

const PROVIDER_WORDS = ['Survivor Support', 'Freedom Project', 'Safe Haven', 'Recovery Service', 'Pathways', 'Hope Partnership', 'Migrant Help', 'Women’s Refuge', 'Anti-Slavery Network', 'New Beginnings'];
const PROVIDER_PLACES = ['Northern', 'Midlands', 'Thames Valley', 'Pennine', 'Coastal', 'City', 'Valleys', 'Highland', 'Borders', 'Riverside', 'Eastern', 'Western'];

/** Service providers with made-up names ("Pennine Safe Haven"). */
export function generateServiceProviders(count: number, options: { seed: Seed }): ServiceProviderRow[] {
  const random = new Random(options.seed, 'service-providers');
  return Array.from({ length: count }, (_, i) => ({
    id: random.uuid(),
    name: `${random.pick(PROVIDER_PLACES)} ${random.pick(PROVIDER_WORDS)}${i >= PROVIDER_PLACES.length ? ` ${i + 1}` : ''}`,
  }));
}

/**
 * First languages of survivors supported in the UK, roughly by how often each nationality is
 * referred to the National Referral Mechanism (British, Albanian, Vietnamese, Eritrean, Sudanese,
 * Romanian…). Every code is one of WORK_LANGUAGES.
 */
const FIRST_LANGUAGES: Weighted<WorkLanguage> = [
  ['en', 22], ['sq', 12], ['vi', 7], ['ar', 8], ['ti', 5], ['ro', 6], ['pl', 4], ['zh', 3], ['am', 2], ['fa', 3], ['ku', 3],
  ['ps', 2], ['ur', 3], ['bn', 2], ['pa', 2], ['hi', 2], ['so', 2], ['es', 2], ['pt', 2], ['fr', 2], ['uk', 3], ['ru', 1],
  ['bg', 2], ['lt', 1], ['sk', 1], ['cs', 1], ['hu', 1], ['tr', 1], ['yo', 1], ['ig', 1], ['ha', 1], ['ne', 1], ['tl', 1],
  ['th', 1], ['sw', 1], ['ta', 0.5], ['ml', 0.5], ['id', 0.5], ['it', 0.5], ['de', 0.3],
];

const PSEUDONYMS = [
  'Sam', 'River', 'Juniper', 'Robin', 'Sky', 'Ash', 'Rowan', 'Wren', 'Sage', 'Kit', 'Jay', 'Quinn', 'Rain', 'Morgan', 'Alex',
  'Harper', 'Luca', 'Noor', 'Ari', 'Rumi', 'Hazel', 'Indigo', 'Ember', 'Marlow', 'Reed', 'Linden', 'Briar', 'Fern', 'Lake',
  'Storm', 'Aspen', 'Cedar', 'Hollis', 'Emery', 'Frankie', 'Laurel', 'Tam', 'Bay', 'Dune', 'Clay', 'Shay', 'Remy', 'Nico',
  'Onyx', 'Pebble', 'Meadow', 'Finch', 'Lark', 'Poppy', 'Sparrow', 'Teal', 'Ivy', 'Cove', 'Rio', 'Zephyr', 'Oak', 'Moss',
];
const INITIALS = 'ABCDEFGHJKLMNPRSTVWZ';

const GIVEN_NAMES = ['Amira', 'Besa', 'Chen', 'Dawit', 'Elira', 'Farah', 'Grace', 'Hoa', 'Ioana', 'Jamal', 'Kasia', 'Linh', 'Maria', 'Nadia', 'Omar', 'Priya', 'Rahel', 'Sara', 'Tomasz', 'Yusuf', 'Ardit', 'Blessing', 'Daniel', 'Ewa', 'Hamid', 'Mihai', 'Olena', 'Saba', 'Tuan', 'Zainab'];
const FAMILY_NAMES = ['Ahmed', 'Berhe', 'Campbell', 'Dumitru', 'Evans', 'Gashi', 'Haile', 'Hoxha', 'Iqbal', 'Jones', 'Khan', 'Kowalski', 'Le', 'Mohammed', 'Nguyen', 'Okafor', 'Patel', 'Popescu', 'Rahimi', 'Smith', 'Tesfaye', 'Tran', 'Wang', 'Williams', 'Zhou'];

const SKILL_COUNTS: Weighted<number> = [[3, 10], [4, 14], [5, 16], [6, 15], [7, 12], [8, 10], [9, 8], [10, 6], [11, 5], [12, 4]];
const SKILL_LEVELS_WEIGHTED: Weighted<SkillLevel> = [['learning', 20], ['can_do', 45], ['experienced', 35]];
const HOURS: Weighted<number> = [[8, 1], [12, 2], [16, 5], [20, 9], [24, 5], [25, 4], [30, 10], [35, 7], [37, 8], [40, 10], [45, 2], [48, 1]];
const WORKPLACES: Weighted<WorkplacePreference> = [['either', 75], ['on_site', 20], ['remote', 5]];
const ENGLISH_LEVELS: Weighted<LanguageLevel> = [['basic', 30], ['conversational', 40], ['fluent', 30]];
const CREATED_WITHIN_DAYS = 1095;
/** A spoken language as a skill ("languages.spanish") is as good as the survivor speaks it. */
const SKILL_LEVEL_OF_LANGUAGE: Readonly<Record<LanguageLevel, SkillLevel>> = { basic: 'learning', conversational: 'can_do', fluent: 'experienced', native: 'experienced' };

/**
 * Survivor profiles with realistic shapes: 3–12 skills clustered around the sector of work a
 * survivor knows (its roles' skills first, then the sector's group, sometimes a second sector,
 * work-readiness skills and a spoken language), a first language and English at some level,
 * mostly a region, and the safety exclusions some survivors ask for.
 *
 * The same options give the same profiles, and the first n of a longer run are the n of a shorter.
 */
export function generateSurvivors(count: number, options: GenerateSurvivorsOptions): SurvivorRow[] {
  const next = survivorGenerator(options);
  return Array.from({ length: count }, () => next());
}

/** The same profiles as generateSurvivors, one per call: for loading more than fits comfortably in memory. */
export function survivorGenerator(options: GenerateSurvivorsOptions): () => SurvivorRow {
  if (options.serviceProviders.length === 0) throw new Error('generateSurvivors needs at least one service provider');
  if (options.regions.length === 0) throw new Error('generateSurvivors needs at least one region');
  const context = new SurvivorContext(options);
  const random = new Random(options.seed, 'survivors');
  return () => context.survivor(random);
}

class SurvivorContext {
  private readonly skillsByGroup = new Map<string, string[]>();
  private readonly knownSkills: Set<string>;
  private readonly regionTable: WeightedTable<SyntheticRegion>;
  private readonly providers: WeightedTable<Pick<ServiceProviderRow, 'id'>>;
  private readonly today: Date;
  private readonly floorMinor: number;

  constructor(private readonly options: GenerateSurvivorsOptions) {
    for (const skill of options.skills) {
      const group = this.skillsByGroup.get(skill.group) ?? [];
      group.push(skill.code);
      this.skillsByGroup.set(skill.group, group);
    }
    this.knownSkills = new Set(options.skills.map((skill) => skill.code));
    this.regionTable = new WeightedTable(options.regions.map((region) => [region, region.weight] as const));
    // Providers differ in size, like the jobs' employers: a few large, most middling.
    const sizes = new Random(options.seed, 'service-provider-sizes');
    this.providers = new WeightedTable(options.serviceProviders.map((provider) => [provider, sizes.logNormal(0, 0.35)] as const));
    this.today = startOfDay(options.now);
    this.floorMinor = Math.min(...options.regions.map((region) => region.hourlyWageFloorMinor));
  }

  survivor(random: Random): SurvivorRow {
    const id = random.uuid();
    const organisationId = this.providers.pick(random).id;
    const sector = random.weighted(SECTOR_WEIGHTS);
    const secondSector = random.chance(0.35) ? random.weighted(SECTOR_WEIGHTS) : null;
    const languages = this.languages(random);
    const skills = this.skills(random, sector, secondSector === sector ? null : secondSector, languages);
    const region = random.chance(0.08) ? null : this.regionTable.pick(random);
    const preferredSectors = this.preferredSectors(random, sector, secondSector);

    const excludedEmployerIds =
      this.options.employerIds.length > 0 && random.chance(0.1) ? random.sample(this.options.employerIds, random.chance(0.8) ? 1 : 2) : [];
    const otherRegions = this.options.regions.filter((candidate) => candidate.code !== region?.code).map((candidate) => candidate.code);
    const excludedRegionCodes = otherRegions.length > 0 && random.chance(0.05) ? [random.pick(otherRegions)] : [];
    const otherSectors = SECTORS.filter((candidate) => !preferredSectors.includes(candidate) && candidate !== sector);
    const excludedSectors = random.chance(0.05) ? [random.pick(otherSectors)] : [];

    return {
      id,
      organisationId,
      pseudonym: `${random.pick(PSEUDONYMS)} ${INITIALS[random.int(0, INITIALS.length - 1)]}`,
      personal: this.personal(random),
      skills,
      skillCodes: skills.map((skill) => skill.code),
      languages,
      languageCodes: languages.map((language) => language.code),
      regionCode: region?.code ?? null,
      hoursPerWeek: random.chance(0.2) ? null : random.weighted(HOURS),
      shifts: random.chance(0.4) ? [] : sortedLike(SHIFTS, random.sample(SHIFTS, random.weighted([[1, 25], [2, 40], [3, 25], [4, 10]] as const))),
      workplace: random.weighted(WORKPLACES),
      preferredSectors,
      minimumHourlyWageMinor: this.minimumWage(random),
      excludedRegionCodes,
      excludedEmployerIds,
      excludedSectors,
      createdAt: new Date(this.options.now.getTime() - random.next() * CREATED_WITHIN_DAYS * DAY_MS),
    };
  }

  /**
   * A first language (English for about one in five), English beside it for most others, and
   * sometimes a third. Survivors with no English at all are the ones only a few jobs fit.
   */
  private languages(random: Random): SurvivorLanguageRow[] {
    const first = random.weighted(FIRST_LANGUAGES);
    const languages: SurvivorLanguageRow[] = [{ code: first, level: 'native' }];
    if (first !== 'en' && random.chance(0.85)) languages.push({ code: 'en', level: random.weighted(ENGLISH_LEVELS) });
    if (random.chance(first === 'en' ? 0.1 : 0.15)) {
      const third = random.weighted(FIRST_LANGUAGES.filter(([code]) => !languages.some((language) => language.code === code)));
      languages.push({ code: third, level: random.weighted([['basic', 40], ['conversational', 40], ['fluent', 20]] as const) });
    }
    return languages;
  }

  /**
   * Skills of one sector's role first (what the survivor did), then more of that sector's group,
   * some of a second sector, work-readiness skills, and the taxonomy skill of a language they
   * speak that jobs ask for. Only codes the taxonomy has, each once.
   */
  private skills(random: Random, sector: Sector, secondSector: Sector | null, languages: readonly SurvivorLanguageRow[]): SurvivorSkillRow[] {
    const target = random.weighted(SKILL_COUNTS);
    const profile = SECTOR_PROFILES[sector];
    const codes: string[] = [];
    const add = (candidates: readonly string[], count: number) => {
      const fresh = [...new Set(candidates)].filter((candidate) => this.knownSkills.has(candidate) && !codes.includes(candidate));
      for (const code of random.sample(fresh, count)) {
        if (codes.length < target) codes.push(code);
      }
    };
    const role = random.weighted(profile.roles.map((candidate) => [candidate, candidate.weight] as const));
    add(role.skills, random.int(1, 3));
    const spokenSkills = languages.map((language) => SECOND_LANGUAGES[language.code]?.skill).filter((skill) => skill !== undefined);
    if (spokenSkills.length > 0 && random.chance(0.4)) add(spokenSkills, 1);
    add(this.skillsByGroup.get('life_work') ?? [], random.weighted([[0, 20], [1, 40], [2, 30], [3, 10]] as const));
    if (secondSector) add(this.groupSkills(SECTOR_PROFILES[secondSector]), random.int(1, 3));
    add(this.groupSkills(profile), target);
    // A small group ('other' draws from work readiness only) may leave the target short: another
    // sector's skills fill the rest, then any skill but a language nobody said they speak.
    if (codes.length < target) add(this.groupSkills(SECTOR_PROFILES[random.weighted(SECTOR_WEIGHTS)]), target - codes.length);
    if (codes.length < target) add(this.options.skills.filter((skill) => skill.group !== 'languages').map((skill) => skill.code), target - codes.length);
    return codes.map((code) => {
      const spoken = languages.find((language) => SECOND_LANGUAGES[language.code]?.skill === code);
      const inSector = code.startsWith(`${profile.skillGroup}.`);
      const level = spoken
        ? SKILL_LEVEL_OF_LANGUAGE[spoken.level]
        : random.weighted(inSector ? SKILL_LEVELS_WEIGHTED : ([['learning', 30], ['can_do', 50], ['experienced', 20]] as const));
      const years = level === 'learning' ? 0 : level === 'can_do' ? random.int(0, 3) : Math.min(25, Math.max(1, Math.round(random.logNormal(Math.log(4), 0.6))));
      return { code, level, years };
    });
  }

  private groupSkills(profile: SectorProfile): string[] {
    return [...profile.roles.flatMap((role) => role.skills), ...(this.skillsByGroup.get(profile.skillGroup) ?? [])];
  }

  /** None for a quarter of survivors; otherwise the sector they know, and sometimes one or two more. */
  private preferredSectors(random: Random, sector: Sector, secondSector: Sector | null): Sector[] {
    const count = random.weighted([[0, 25], [1, 40], [2, 25], [3, 10]] as const);
    const sectors: Sector[] = [];
    for (const candidate of [sector, secondSector, random.weighted(SECTOR_WEIGHTS), random.weighted(SECTOR_WEIGHTS), random.pick(SECTORS)]) {
      if (sectors.length < count && candidate && !sectors.includes(candidate)) sectors.push(candidate);
    }
    return sectors;
  }

  /** None for two in five; the wage floor for half the rest; a little above it otherwise. */
  private minimumWage(random: Random): number | null {
    if (random.chance(0.4)) return null;
    if (random.chance(0.5)) return this.floorMinor;
    return Math.ceil((this.floorMinor * (1 + random.next() * 0.25)) / 5) * 5;
  }

  /** Invented people: Ofcom's drama phone range and example.org addresses reach nobody. */
  private personal(random: Random): SurvivorPersonalDetails {
    const given = random.pick(GIVEN_NAMES);
    const family = random.pick(FAMILY_NAMES);
    const ageDays = Math.round(clampNumber(random.normal(32, 9), 18, 65) * 365.25);
    return {
      legalName: `${given} ${family}`,
      dateOfBirth: isoDay(addDays(this.today, -ageDays)),
      phone: random.chance(0.7) ? `+44 7700 900${String(random.int(0, 999)).padStart(3, '0')}` : null,
      email: random.chance(0.4) ? `${given.toLowerCase()}.${family.toLowerCase()}.${random.int(1, 9999)}@example.org` : null,
    };
  }
}

const clampNumber = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** `items` in the order they have in `order`. */
function sortedLike<T>(order: readonly T[], items: readonly T[]): T[] {
  return [...items].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}
