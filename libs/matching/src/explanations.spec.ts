import { Sector } from '@onward/shared';
import { EXPLANATION_CODES, ExplainOptions, Explanation } from './explanations';
import { matchOpportunity } from './match';
import { MatchableGrant, MatchableJob, MatchProfile } from './opportunities';
import { aGrant, aJob, aProfile, eligible } from './test-factories';

const LABELS: ExplainOptions = {
  skillLabel: (code) => ({ forklift_licence: 'forklift licence', manual_handling: 'manual handling', first_aid: 'first aid' })[code] ?? code,
  languageLabel: (code) => ({ en: 'English', es: 'Spanish', ar: 'Arabic' })[code] ?? code,
};

const explanations = (profile: MatchProfile, opportunity: MatchableJob | MatchableGrant, options?: ExplainOptions): Explanation[] => {
  const outcome = eligible(matchOpportunity(profile, opportunity, options));
  return [...outcome.reasons, ...outcome.gaps];
};
const find = (all: Explanation[], code: Explanation['code']) => all.find((explanation) => explanation.code === code);

describe('reasons and gaps', () => {
  it('says "Has 4 of 5 required skills" and "Missing: forklift licence"', () => {
    const profile = aProfile({ skills: ['manual_handling', 'first_aid', 'cleaning', 'cooking'].map((code) => ({ code, level: 'experienced', years: 0 })) });
    const job = aJob({ requiredSkills: ['forklift_licence', 'manual_handling', 'first_aid', 'cleaning', 'cooking'] });
    const all = explanations(profile, job, LABELS);
    expect(find(all, 'required_skills_held')).toEqual({ code: 'required_skills_held', params: { have: 4, of: 5 }, text: 'Has 4 of 5 required skills' });
    expect(find(all, 'missing_required_skills')).toEqual({ code: 'missing_required_skills', params: { skills: ['forklift_licence'] }, text: 'Missing: forklift licence' });
  });

  it('says "Speaks Spanish", keeping the language code in params', () => {
    const profile = aProfile({ languages: [{ code: 'es', level: 'conversational' }] });
    expect(find(explanations(profile, aJob({ languages: ['es'] }), LABELS), 'speaks_languages')).toEqual({
      code: 'speaks_languages',
      params: { languages: ['es'] },
      text: 'Speaks Spanish',
    });
  });

  it('says "Within your region" for an on-site job and "Remote work" for a remote one', () => {
    expect(find(explanations(aProfile(), aJob()), 'within_region')?.text).toBe('Within your region');
    expect(find(explanations(aProfile(), aJob({ remote: true })), 'remote_work')?.text).toBe('Remote work');
  });

  it('says "Pays 13.00 GBP an hour, above your minimum of 12.00 GBP", and "matching" it at the minimum', () => {
    const above = find(explanations(aProfile({ minimumHourlyWageMinor: 1200 }), aJob({ hourlyWageMinor: 1300 })), 'wage_meets_minimum');
    expect(above).toEqual({
      code: 'wage_meets_minimum',
      params: { wageMinor: 1300, minimumMinor: 1200, currency: 'GBP' },
      text: 'Pays 13.00 GBP an hour, above your minimum of 12.00 GBP',
    });
    const at = find(explanations(aProfile({ minimumHourlyWageMinor: 1200 }), aJob({ hourlyWageMinor: 1200 })), 'wage_meets_minimum');
    expect(at?.text).toBe('Pays 12.00 GBP an hour, matching your minimum of 12.00 GBP');
  });

  it('says a wage below the minimum as a gap', () => {
    const below = find(explanations(aProfile({ minimumHourlyWageMinor: 1271 }), aJob({ hourlyWageMinor: 1150 })), 'wage_below_minimum');
    expect(below?.text).toBe('Pays 11.50 GBP an hour, below your minimum of 12.71 GBP');
  });

  it('says "In a sector you prefer: hospitality"', () => {
    const all = explanations(aProfile({ preferredSectors: ['hospitality'] }), aJob({ sector: 'hospitality' }));
    expect(find(all, 'preferred_sector')).toEqual({ code: 'preferred_sector', params: { sector: 'hospitality' }, text: 'In a sector you prefer: hospitality' });
  });

  it('words the other reasons and gaps', () => {
    const profile = aProfile({
      skills: [{ code: 'forklift_licence', level: 'learning', years: 0 }],
      languages: [{ code: 'en', level: 'fluent' }, { code: 'ar', level: 'basic' }],
    });
    const job = aJob({ requiredSkills: ['forklift_licence'], preferredSkills: ['first_aid', 'manual_handling', 'driving'], languages: ['en', 'ar'] });
    const texts = explanations(profile, job, LABELS).map((explanation) => explanation.text);
    expect(texts).toEqual(expect.arrayContaining([
      'Has 1 of 1 required skill',
      'Still learning: forklift licence',
      'Would also help: first aid, manual handling and driving',
      'Speaks English',
      'Only basic Arabic',
    ]));
    expect(find(explanations(aProfile(), aJob({ requiredSkills: [] })), 'no_required_skills')?.text).toBe('No particular skills required');
    expect(find(explanations(aProfile(), aJob({ preferredSkills: ['first_aid', 'driving'] })), 'preferred_skills_held')?.text).toBe('Has 1 of 2 preferred skills');
  });

  it('joins several skills or languages into one sentence', () => {
    const profile = aProfile({ languages: [{ code: 'en', level: 'fluent' }, { code: 'es', level: 'fluent' }] });
    expect(find(explanations(profile, aJob({ languages: ['es', 'en'] }), LABELS), 'speaks_languages')?.text).toBe('Speaks Spanish and English');
    expect(find(explanations(aProfile({ skills: [] }), aJob(), LABELS), 'missing_required_skills')?.text).toBe('Missing: forklift licence and manual handling');
  });

  it('names codes by the code itself when no labels are given, and keeps raw codes in params whatever the labels', () => {
    const all = explanations(aProfile({ skills: [] }), aJob());
    expect(find(all, 'missing_required_skills')?.text).toBe('Missing: forklift_licence and manual_handling');
    const sectorLabel = (sector: Sector) => (sector === 'transport_logistics' ? 'transport and logistics' : sector);
    const labelled = find(explanations(aProfile(), aJob(), { sectorLabel }), 'preferred_sector');
    expect(labelled).toEqual({ code: 'preferred_sector', params: { sector: 'transport_logistics' }, text: 'In a sector you prefer: transport and logistics' });
  });

  it('formats money with the currency’s own minor digits by default, or with formatMoney when given', () => {
    const yen = find(explanations(aProfile({ minimumHourlyWageMinor: 1100 }), aJob({ hourlyWageMinor: 1200, currency: 'JPY' })), 'wage_meets_minimum');
    expect(yen?.text).toBe('Pays 1200 JPY an hour, above your minimum of 1100 JPY');
    const formatMoney = (minor: number, currency: string) => `${currency === 'GBP' ? '£' : currency}${(minor / 100).toFixed(2)}`;
    const pounds = find(explanations(aProfile(), aJob(), { formatMoney }), 'wage_meets_minimum');
    expect(pounds?.text).toBe('Pays £13.00 an hour, above your minimum of £12.00');
    expect(pounds?.params).toEqual({ wageMinor: 1300, minimumMinor: 1200, currency: 'GBP' });
  });

  it('uses exactly the codes in EXPLANATION_CODES, each of them somewhere', () => {
    const seen = new Set([
      ...explanations(aProfile(), aJob()),
      ...explanations(aProfile(), aJob({ remote: true, requiredSkills: [] })),
      ...explanations(aProfile({ skills: [{ code: 'forklift_licence', level: 'learning', years: 0 }], languages: [{ code: 'en', level: 'basic' }] }), aJob({ preferredSkills: ['driving'], hourlyWageMinor: 100 })),
      ...explanations(aProfile(), aGrant()),
    ].map((explanation) => explanation.code));
    expect([...seen].sort()).toEqual([...EXPLANATION_CODES].sort());
  });
});
