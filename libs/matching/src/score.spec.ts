import { SkillLevel } from '@onward/shared';
import { ExplanationCode } from './explanations';
import { matchOpportunity } from './match';
import { MatchableGrant, MatchableJob, MatchProfile } from './opportunities';
import { aGrant, aJob, aProfile, eligible } from './test-factories';
import { GRANT_WEIGHTS, MATCH_WEIGHTS } from './weights';

const match = (profile: MatchProfile, opportunity: MatchableJob | MatchableGrant) => eligible(matchOpportunity(profile, opportunity));
const codes = (explanations: { code: ExplanationCode }[]) => explanations.map((explanation) => explanation.code);
const oneSkill = (level: SkillLevel, years = 0) => aProfile({ skills: [{ code: 'forklift_licence', level, years }] });
const forkliftJob = aJob({ requiredSkills: ['forklift_licence'], preferredSkills: [] });

describe('job score', () => {
  it('weighs the components 50 / 15 / 10 / 15 / 10, adding up to 100', () => {
    expect(MATCH_WEIGHTS).toEqual({ requiredSkills: 50, preferredSkills: 15, languages: 10, wage: 15, sector: 10 });
    expect(Object.values(MATCH_WEIGHTS).reduce((sum, weight) => sum + weight, 0)).toBe(100);
  });

  it('scores a perfect match 100, with every component at full points', () => {
    const outcome = match(aProfile(), aJob());
    expect(outcome.score).toBe(100);
    expect(outcome.components).toEqual(MATCH_WEIGHTS);
    expect(outcome.gaps).toEqual([]);
  });

  it('scores a poor match low: only the language it must speak to be shown earns points', () => {
    const profile = aProfile({ skills: [], languages: [{ code: 'en', level: 'basic' }], minimumHourlyWageMinor: 2000, preferredSectors: ['care'] });
    const outcome = match(profile, aJob());
    expect(outcome.components).toEqual({ requiredSkills: 0, preferredSkills: 0, languages: 5, wage: 0, sector: 0 });
    expect(outcome.score).toBe(5);
    expect(codes(outcome.gaps)).toEqual(['missing_required_skills', 'missing_preferred_skills', 'basic_language', 'wage_below_minimum']);
  });

  it('is always a whole number from 0 to 100, the sum of whole-number components', () => {
    const levels: SkillLevel[] = ['learning', 'can_do', 'experienced'];
    for (const level of levels) {
      for (const years of [0, 1, 3]) {
        const profile = aProfile({ skills: [{ code: 'forklift_licence', level, years }, { code: 'first_aid', level, years }] });
        const job = aJob({ requiredSkills: ['forklift_licence', 'manual_handling', 'food_hygiene'], preferredSkills: ['first_aid', 'driving', 'cooking'] });
        const { score, components } = match(profile, job);
        expect(Number.isInteger(score)).toBe(true);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
        expect(Object.values(components).every(Number.isInteger)).toBe(true);
        expect(Object.values(components).reduce((sum, value) => sum + value, 0)).toBe(score);
      }
    }
  });

  describe('required skills (50)', () => {
    it('earns full points when every required skill is held at experienced level', () => {
      const outcome = match(aProfile(), aJob());
      expect(outcome.components.requiredSkills).toBe(50);
      expect(outcome.reasons[0]).toMatchObject({ code: 'required_skills_held', params: { have: 2, of: 2 } });
    });

    it('earns the share held when some are missing, and names the missing ones as a gap', () => {
      const profile = aProfile({ skills: [{ code: 'forklift_licence', level: 'experienced', years: 0 }] });
      const outcome = match(profile, aJob({ requiredSkills: ['forklift_licence', 'manual_handling'] }));
      expect(outcome.components.requiredSkills).toBe(25);
      expect(outcome.reasons[0]).toMatchObject({ code: 'required_skills_held', params: { have: 1, of: 2 } });
      expect(outcome.gaps[0]).toMatchObject({ code: 'missing_required_skills', params: { skills: ['manual_handling'] } });
    });

    it('earns nothing when none is held, with no reason and every skill named missing', () => {
      const outcome = match(aProfile({ skills: [] }), aJob());
      expect(outcome.components.requiredSkills).toBe(0);
      expect(codes(outcome.reasons)).not.toContain('required_skills_held');
      expect(outcome.gaps[0]).toMatchObject({ code: 'missing_required_skills', params: { skills: ['forklift_licence', 'manual_handling'] } });
    });

    it('weighs a held skill by level: experienced above can_do above learning', () => {
      const points = (level: SkillLevel) => match(oneSkill(level), forkliftJob).components.requiredSkills;
      expect(points('experienced')).toBe(50);
      expect(points('can_do')).toBe(40);
      expect(points('learning')).toBe(25);
    });

    it('names a required skill still being learned as a gap, but not one they can do', () => {
      expect(match(oneSkill('learning'), forkliftJob).gaps).toEqual([
        expect.objectContaining({ code: 'learning_required_skills', params: { skills: ['forklift_licence'] } }),
      ]);
      expect(match(oneSkill('can_do'), forkliftJob).gaps).toEqual([]);
    });

    it('lifts a skill practised for three years or more by 0.1, never past experienced or above the next level', () => {
      const points = (level: SkillLevel, years: number) => match(oneSkill(level, years), forkliftJob).components.requiredSkills;
      expect(points('can_do', 2)).toBe(40);
      expect(points('can_do', 3)).toBe(45);
      expect(points('learning', 3)).toBe(30);
      expect(points('experienced', 10)).toBe(50);
      expect(points('learning', 20)).toBeLessThan(points('can_do', 0));
      expect(points('can_do', 20)).toBeLessThan(points('experienced', 0));
    });

    it('counts a skill listed twice at its best, and a required skill listed twice once', () => {
      const profile = aProfile({ skills: [{ code: 'forklift_licence', level: 'learning', years: 0 }, { code: 'forklift_licence', level: 'experienced', years: 0 }] });
      const outcome = match(profile, aJob({ requiredSkills: ['forklift_licence', 'forklift_licence'] }));
      expect(outcome.components.requiredSkills).toBe(50);
      expect(outcome.reasons[0]).toMatchObject({ code: 'required_skills_held', params: { have: 1, of: 1 } });
    });

    it('earns full points when the job requires no skills, and says so', () => {
      const outcome = match(aProfile({ skills: [] }), aJob({ requiredSkills: [], preferredSkills: [] }));
      expect(outcome.components.requiredSkills).toBe(50);
      expect(outcome.reasons[0]).toMatchObject({ code: 'no_required_skills', params: {} });
    });
  });

  describe('preferred skills (15)', () => {
    const job = aJob({ preferredSkills: ['first_aid', 'food_hygiene', 'driving'] });

    it('earns full points when every preferred skill is held, at any level', () => {
      const skills = ['forklift_licence', 'manual_handling', 'first_aid', 'food_hygiene', 'driving'].map((code) => ({ code, level: 'learning' as const, years: 0 }));
      const outcome = match(aProfile({ skills }), job);
      expect(outcome.components.preferredSkills).toBe(15);
      expect(codes(outcome.gaps)).not.toContain('missing_preferred_skills');
    });

    it('earns the share held, and names the others as a gap', () => {
      const outcome = match(aProfile(), job);
      expect(outcome.components.preferredSkills).toBe(5);
      expect(outcome.reasons).toContainEqual(expect.objectContaining({ code: 'preferred_skills_held', params: { have: 1, of: 3 } }));
      expect(outcome.gaps).toContainEqual(expect.objectContaining({ code: 'missing_preferred_skills', params: { skills: ['food_hygiene', 'driving'] } }));
    });

    it('earns nothing when none is held, with no reason', () => {
      const outcome = match(aProfile(), aJob({ preferredSkills: ['driving'] }));
      expect(outcome.components.preferredSkills).toBe(0);
      expect(codes(outcome.reasons)).not.toContain('preferred_skills_held');
    });

    it('earns full points when the job lists none: nothing to miss', () => {
      const outcome = match(aProfile(), aJob({ preferredSkills: [] }));
      expect(outcome.components.preferredSkills).toBe(15);
      expect(codes([...outcome.reasons, ...outcome.gaps])).not.toContain('preferred_skills_held');
    });
  });

  describe('languages (10)', () => {
    it('earns full points for conversational or better in every language the work needs', () => {
      for (const level of ['conversational', 'fluent', 'native'] as const) {
        const outcome = match(aProfile({ languages: [{ code: 'en', level }] }), aJob({ languages: ['en'] }));
        expect(outcome.components.languages).toBe(10);
        expect(outcome.reasons).toContainEqual(expect.objectContaining({ code: 'speaks_languages', params: { languages: ['en'] } }));
      }
    });

    it('earns half for a basic level, and names it as a gap', () => {
      const outcome = match(aProfile({ languages: [{ code: 'en', level: 'basic' }] }), aJob({ languages: ['en'] }));
      expect(outcome.components.languages).toBe(5);
      expect(codes(outcome.reasons)).not.toContain('speaks_languages');
      expect(outcome.gaps).toContainEqual(expect.objectContaining({ code: 'basic_language', params: { languages: ['en'] } }));
    });

    it('averages over the languages the work needs', () => {
      const profile = aProfile({ languages: [{ code: 'en', level: 'fluent' }, { code: 'ar', level: 'basic' }] });
      const outcome = match(profile, aJob({ languages: ['en', 'ar'] }));
      expect(outcome.components.languages).toBe(8); // (1 + 0.5) / 2 × 10, rounded
      expect(outcome.reasons).toContainEqual(expect.objectContaining({ code: 'speaks_languages', params: { languages: ['en'] } }));
      expect(outcome.gaps).toContainEqual(expect.objectContaining({ code: 'basic_language', params: { languages: ['ar'] } }));
    });

    it('counts a language listed at two levels at the better one', () => {
      const profile = aProfile({ languages: [{ code: 'en', level: 'basic' }, { code: 'en', level: 'fluent' }] });
      const outcome = match(profile, aJob({ languages: ['en'] }));
      expect(outcome.components.languages).toBe(10);
      expect(codes(outcome.gaps)).not.toContain('basic_language');
    });

    it('earns full points when the work needs no language, with no language reason', () => {
      const outcome = match(aProfile({ languages: [] }), aJob({ languages: [] }));
      expect(outcome.components.languages).toBe(10);
      expect(codes([...outcome.reasons, ...outcome.gaps])).not.toContain('speaks_languages');
    });
  });

  describe('wage (15)', () => {
    it('earns full points above the survivor’s minimum, and at it', () => {
      for (const hourlyWageMinor of [1300, 1200]) {
        const outcome = match(aProfile({ minimumHourlyWageMinor: 1200 }), aJob({ hourlyWageMinor }));
        expect(outcome.components.wage).toBe(15);
        expect(outcome.reasons).toContainEqual(
          expect.objectContaining({ code: 'wage_meets_minimum', params: { wageMinor: hourlyWageMinor, minimumMinor: 1200, currency: 'GBP' } }),
        );
      }
    });

    it('earns nothing below it, even by a penny, and names it as a gap', () => {
      const outcome = match(aProfile({ minimumHourlyWageMinor: 1200 }), aJob({ hourlyWageMinor: 1199 }));
      expect(outcome.components.wage).toBe(0);
      expect(codes(outcome.reasons)).not.toContain('wage_meets_minimum');
      expect(outcome.gaps).toContainEqual(
        expect.objectContaining({ code: 'wage_below_minimum', params: { wageMinor: 1199, minimumMinor: 1200, currency: 'GBP' } }),
      );
    });

    it('earns full points when the survivor stated no minimum, with no wage reason', () => {
      const outcome = match(aProfile({ minimumHourlyWageMinor: null }), aJob({ hourlyWageMinor: 100 }));
      expect(outcome.components.wage).toBe(15);
      expect(codes([...outcome.reasons, ...outcome.gaps]).filter((code) => code.startsWith('wage'))).toEqual([]);
    });
  });

  describe('sector (10)', () => {
    it('earns full points in a sector they prefer, and says which', () => {
      const outcome = match(aProfile({ preferredSectors: ['care', 'hospitality'] }), aJob({ sector: 'hospitality' }));
      expect(outcome.components.sector).toBe(10);
      expect(outcome.reasons).toContainEqual(expect.objectContaining({ code: 'preferred_sector', params: { sector: 'hospitality' } }));
    });

    it('earns half when they named no sector', () => {
      const outcome = match(aProfile({ preferredSectors: [] }), aJob({ sector: 'hospitality' }));
      expect(outcome.components.sector).toBe(5);
      expect(codes(outcome.reasons)).not.toContain('preferred_sector');
    });

    it('earns nothing in a sector they did not choose', () => {
      const outcome = match(aProfile({ preferredSectors: ['care'] }), aJob({ sector: 'hospitality' }));
      expect(outcome.components.sector).toBe(0);
      expect(codes(outcome.reasons)).not.toContain('preferred_sector');
    });
  });

  describe('place', () => {
    it('gives an on-site job in their region as a reason, and a remote job as remote work', () => {
      expect(match(aProfile(), aJob()).reasons).toContainEqual(expect.objectContaining({ code: 'within_region', params: { regionCode: 'london' } }));
      const remote = match(aProfile(), aJob({ remote: true, regionCode: 'wales' }));
      expect(remote.reasons).toContainEqual(expect.objectContaining({ code: 'remote_work', params: {} }));
      expect(codes(remote.reasons)).not.toContain('within_region');
    });

    it('does not score place: a remote job and an on-site job otherwise alike score the same', () => {
      expect(match(aProfile(), aJob({ remote: true })).score).toBe(match(aProfile(), aJob({ remote: false })).score);
    });
  });
});

describe('grant score', () => {
  it('weighs a base of 50, sector 30 and region 20, adding up to 100', () => {
    expect(GRANT_WEIGHTS).toEqual({ base: 50, sector: 30, region: 20 });
  });

  it('scores a grant aimed at their region and preferred sector 100, and says why', () => {
    const outcome = match(aProfile(), aGrant());
    expect(outcome.score).toBe(100);
    expect(outcome.components).toEqual({ base: 50, sector: 30, region: 20 });
    expect(outcome.reasons).toEqual([
      expect.objectContaining({ code: 'preferred_sector', params: { sector: 'transport_logistics' } }),
      expect.objectContaining({ code: 'within_region', params: { regionCode: 'london' } }),
    ]);
    expect(outcome.gaps).toEqual([]);
  });

  it('gives half the region points to a grant open anywhere', () => {
    const outcome = match(aProfile(), aGrant({ regionCode: null }));
    expect(outcome.components.region).toBe(10);
    expect(codes(outcome.reasons)).not.toContain('within_region');
  });

  it('gives half the sector points to an any-sector grant or a survivor with no preference, none to another sector', () => {
    expect(match(aProfile(), aGrant({ sector: null })).components.sector).toBe(15);
    expect(match(aProfile({ preferredSectors: [] }), aGrant()).components.sector).toBe(15);
    expect(match(aProfile({ preferredSectors: ['care'] }), aGrant()).components.sector).toBe(0);
  });

  it('ranks an open-anywhere, any-sector grant at 75, and one in a sector they did not choose at 70', () => {
    expect(match(aProfile(), aGrant({ sector: null, regionCode: null })).score).toBe(75);
    expect(match(aProfile({ preferredSectors: ['care'] }), aGrant()).score).toBe(70);
  });

  it('ignores skills, languages, hours, shifts and wage, which a grant does not have', () => {
    const profile = aProfile({ skills: [], languages: [], hoursPerWeek: 1, shifts: ['nights'], minimumHourlyWageMinor: 99_999, workplace: 'remote' });
    expect(match(profile, aGrant()).score).toBe(100);
  });
});
