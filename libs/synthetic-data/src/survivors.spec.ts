import { LANGUAGE_LEVELS, SECTORS, SHIFTS, SKILL_LEVELS, WORK_LANGUAGES } from '@onward/shared';
import { SkillRef } from './jobs';
import { SECOND_LANGUAGES } from './languages';
import { generateEmployers } from './organisations';
import { UK_REGIONS, UK_WAGE_FLOOR_MINOR } from './regions';
import { SECTOR_PROFILES } from './sector-profiles';
import { generateServiceProviders, generateSurvivors, GenerateSurvivorsOptions, survivorGenerator, SurvivorRow } from './survivors';

const NOW = new Date('2026-06-01T12:00:00Z');
const DAY_MS = 86_400_000;

/** A taxonomy like the real one: every skill the roles name, the work-readiness group and spoken languages. */
const SKILLS: SkillRef[] = [
  ...new Set([
    ...Object.values(SECTOR_PROFILES).flatMap((profile) => profile.roles.flatMap((role) => role.skills)),
    'life_work.punctuality',
    'life_work.teamwork',
    'life_work.manual_handling',
    'languages.spanish',
    'languages.polish',
    'languages.arabic',
    'languages.romanian',
  ]),
].map((code) => ({ code, group: code.split('.')[0] }));

const employerIds = generateEmployers(200, { seed: 'spec', regions: UK_REGIONS }).map((employer) => employer.id);
const serviceProviders = generateServiceProviders(20, { seed: 'spec' });
const options: GenerateSurvivorsOptions = { seed: 'spec', now: NOW, regions: UK_REGIONS, skills: SKILLS, serviceProviders, employerIds };
const survivors = generateSurvivors(5000, options);

const share = (predicate: (survivor: SurvivorRow) => boolean, of: readonly SurvivorRow[] = survivors) => of.filter(predicate).length / of.length;

describe('generateServiceProviders', () => {
  it('gives the same providers for the same seed, with distinct ids and names', () => {
    expect(generateServiceProviders(20, { seed: 'spec' })).toEqual(serviceProviders);
    expect(new Set(serviceProviders.map((provider) => provider.id)).size).toBe(20);
    expect(new Set(serviceProviders.map((provider) => provider.name)).size).toBe(20);
  });
});

describe('generateSurvivors', () => {
  it('gives the same survivors for the same seed, and others for another seed', () => {
    expect(generateSurvivors(500, options)).toEqual(survivors.slice(0, 500));
    const other = generateSurvivors(50, { ...options, seed: 'other' });
    expect(other.map((survivor) => survivor.skillCodes)).not.toEqual(survivors.slice(0, 50).map((survivor) => survivor.skillCodes));
  });

  it('streams the same survivors, and leaves the first of a longer run as they were', () => {
    const next = survivorGenerator(options);
    expect(Array.from({ length: 200 }, () => next())).toEqual(survivors.slice(0, 200));
    expect(generateSurvivors(100, options)).toEqual(generateSurvivors(300, options).slice(0, 100));
  });

  it('keeps skill_codes and language_codes equal to the codes of skills and languages', () => {
    expect(survivors.filter((survivor) => survivor.skillCodes.join() !== survivor.skills.map((skill) => skill.code).join())).toEqual([]);
    expect(survivors.filter((survivor) => survivor.languageCodes.join() !== survivor.languages.map((language) => language.code).join())).toEqual([]);
    expect(survivors.filter((survivor) => new Set(survivor.skillCodes).size !== survivor.skillCodes.length)).toEqual([]);
    expect(survivors.filter((survivor) => new Set(survivor.languageCodes).size !== survivor.languageCodes.length)).toEqual([]);
  });

  it('gives 3–12 skills of the taxonomy, clustered in one sector’s group, at every level', () => {
    const known = new Set(SKILLS.map((skill) => skill.code));
    expect(survivors.filter((survivor) => survivor.skills.length < 3 || survivor.skills.length > 12)).toEqual([]);
    expect(survivors.filter((survivor) => survivor.skillCodes.some((code) => !known.has(code)))).toEqual([]);
    const counts = survivors.map((survivor) => survivor.skills.length);
    expect(counts.filter((count) => count >= 4 && count <= 8).length / counts.length).toBeGreaterThan(0.5);
    expect(Math.max(...counts)).toBe(12);
    // Clustered: most survivors' skills come from at most three groups, one of them a sector's.
    const groups = (survivor: SurvivorRow) => new Set(survivor.skillCodes.map((code) => code.split('.')[0]));
    expect(share((survivor) => groups(survivor).size <= 3)).toBeGreaterThan(0.6);
    const sectorGroups = new Set(Object.values(SECTOR_PROFILES).map((profile) => profile.skillGroup).filter((group) => group !== 'life_work'));
    expect(share((survivor) => [...groups(survivor)].some((group) => sectorGroups.has(group)))).toBeGreaterThan(0.95);
    const skills = survivors.flatMap((survivor) => survivor.skills);
    for (const level of SKILL_LEVELS) expect(skills.filter((skill) => skill.level === level).length / skills.length).toBeGreaterThan(0.15);
    expect(skills.filter((skill) => skill.level === 'learning' && skill.years !== 0)).toEqual([]);
    // A language as a skill only for a language the survivor speaks.
    const spokenSkill = (survivor: SurvivorRow) => new Set(survivor.languageCodes.map((code) => SECOND_LANGUAGES[code]?.skill));
    expect(survivors.filter((survivor) => survivor.skillCodes.some((code) => code.startsWith('languages.') && !spokenSkill(survivor).has(code)))).toEqual([]);
    expect(share((survivor) => survivor.skillCodes.some((code) => code.startsWith('languages.')))).toBeGreaterThan(0.05);
    expect(skills.filter((skill) => !Number.isInteger(skill.years) || skill.years < 0 || skill.years > 25)).toEqual([]);
  });

  it('speaks 1–3 languages of WORK_LANGUAGES, one natively, English mostly', () => {
    const known: readonly string[] = WORK_LANGUAGES;
    expect(survivors.filter((survivor) => survivor.languages.length < 1 || survivor.languages.length > 3)).toEqual([]);
    expect(survivors.filter((survivor) => survivor.languageCodes.some((code) => !known.includes(code)))).toEqual([]);
    expect(survivors.filter((survivor) => survivor.languages.some((language) => !LANGUAGE_LEVELS.includes(language.level)))).toEqual([]);
    expect(survivors.filter((survivor) => survivor.languages[0].level !== 'native')).toEqual([]);
    expect(share((survivor) => survivor.languageCodes.includes('en'))).toBeGreaterThan(0.8);
    expect(share((survivor) => survivor.languageCodes.includes('en'))).toBeLessThan(0.95);
    expect(share((survivor) => survivor.languageCodes[0] === 'en')).toBeGreaterThan(0.15);
    expect(share((survivor) => survivor.languageCodes[0] === 'en')).toBeLessThan(0.3);
    expect(new Set(survivors.map((survivor) => survivor.languageCodes[0])).size).toBeGreaterThan(25);
  });

  it('places most survivors in a region, weighted like employment, and leaves some without', () => {
    const codes = new Set(UK_REGIONS.map((region) => region.code));
    expect(survivors.filter((survivor) => survivor.regionCode !== null && !codes.has(survivor.regionCode))).toEqual([]);
    expect(share((survivor) => survivor.regionCode === null)).toBeGreaterThan(0.04);
    expect(share((survivor) => survivor.regionCode === null)).toBeLessThan(0.12);
    expect(share((survivor) => survivor.regionCode === 'london')).toBeGreaterThan(3 * share((survivor) => survivor.regionCode === 'northern-ireland'));
  });

  it('keeps hours, shifts, workplace and wage within what the API accepts, some of them unset', () => {
    expect(survivors.filter((survivor) => survivor.hoursPerWeek !== null && (survivor.hoursPerWeek < 1 || survivor.hoursPerWeek > 60))).toEqual([]);
    expect(share((survivor) => survivor.hoursPerWeek === null)).toBeGreaterThan(0.1);
    expect(share((survivor) => survivor.hoursPerWeek === null)).toBeLessThan(0.3);
    expect(survivors.filter((survivor) => survivor.shifts.some((shift) => !SHIFTS.includes(shift)) || new Set(survivor.shifts).size !== survivor.shifts.length)).toEqual([]);
    expect(share((survivor) => survivor.shifts.length === 0)).toBeGreaterThan(0.3);
    expect(share((survivor) => survivor.workplace === 'either')).toBeGreaterThan(0.65);
    expect(share((survivor) => survivor.workplace === 'remote')).toBeGreaterThan(0.02);
    expect(share((survivor) => survivor.minimumHourlyWageMinor === null)).toBeGreaterThan(0.3);
    expect(survivors.filter((survivor) => survivor.minimumHourlyWageMinor !== null && survivor.minimumHourlyWageMinor < UK_WAGE_FLOOR_MINOR)).toEqual([]);
    expect(survivors.filter((survivor) => survivor.preferredSectors.length > 3 || survivor.preferredSectors.some((sector) => !SECTORS.includes(sector)))).toEqual([]);
  });

  it('gives about 10% an excluded employer, 5% an excluded region and 5% an excluded sector, never their own', () => {
    const employers = new Set(employerIds);
    expect(Math.abs(share((survivor) => survivor.excludedEmployerIds.length > 0) - 0.1)).toBeLessThan(0.02);
    expect(Math.abs(share((survivor) => survivor.excludedRegionCodes.length > 0) - 0.05)).toBeLessThan(0.015);
    expect(Math.abs(share((survivor) => survivor.excludedSectors.length > 0) - 0.05)).toBeLessThan(0.015);
    expect(survivors.filter((survivor) => survivor.excludedEmployerIds.some((id) => !employers.has(id)))).toEqual([]);
    expect(survivors.filter((survivor) => survivor.regionCode !== null && survivor.excludedRegionCodes.includes(survivor.regionCode))).toEqual([]);
    expect(survivors.filter((survivor) => survivor.excludedSectors.some((sector) => survivor.preferredSectors.includes(sector)))).toEqual([]);
  });

  it('spreads survivors over every service provider, some larger than others', () => {
    const perProvider = serviceProviders.map((provider) => survivors.filter((survivor) => survivor.organisationId === provider.id).length);
    expect(Math.min(...perProvider)).toBeGreaterThan(0);
    expect(Math.max(...perProvider)).toBeGreaterThan(1.5 * Math.min(...perProvider));
  });

  it('writes pseudonyms and personal details that cannot reach a real person', () => {
    expect(survivors.filter((survivor) => survivor.pseudonym.length < 2 || survivor.pseudonym.length > 60)).toEqual([]);
    expect(survivors.filter(({ personal }) => personal.phone !== null && !/^\+44 7700 900\d{3}$/.test(personal.phone))).toEqual([]);
    expect(survivors.filter(({ personal }) => personal.email !== null && !personal.email.endsWith('@example.org'))).toEqual([]);
    const age = (survivor: SurvivorRow) => (NOW.getTime() - Date.parse(survivor.personal.dateOfBirth)) / (365.25 * DAY_MS);
    expect(survivors.filter((survivor) => age(survivor) < 17.9 || age(survivor) > 66)).toEqual([]);
    expect(survivors.filter((survivor) => survivor.createdAt > NOW || survivor.createdAt.getTime() < NOW.getTime() - 1096 * DAY_MS)).toEqual([]);
    expect(new Set(survivors.map((survivor) => survivor.id)).size).toBe(survivors.length);
  });
});
