import { matchOpportunity, rankCandidates, rankOpportunities } from './match';
import { MatchProfile } from './opportunities';
import { aGrant, aJob, aProfile, eligible } from './test-factories';

const excluding = (exclusions: Partial<MatchProfile['exclusions']>) =>
  aProfile({ exclusions: { regionCodes: [], employerIds: [], sectors: [], ...exclusions } });

describe('matchOpportunity', () => {
  describe('a safety exclusion hides an otherwise perfect match', () => {
    const job = aJob();

    it('scores the job 100 without the exclusion', () => {
      expect(eligible(matchOpportunity(aProfile(), job)).score).toBe(100);
    });

    it.each([
      ['employer', { employerIds: ['employer-1'] }],
      ['region', { regionCodes: ['london'] }],
      ['sector', { sectors: ['transport_logistics' as const] }],
    ])('hides it when its %s is excluded, and leaves it out of the ranking', (_, exclusions) => {
      const profile = excluding(exclusions);
      expect(matchOpportunity(profile, job)).toEqual({ eligible: false, filteredBy: ['safety_exclusion'] });
      expect(rankOpportunities(profile, [job], 10)).toEqual([]);
      expect(rankCandidates(job, [{ id: 'survivor-1', profile }], 10)).toEqual([]);
    });

    it('hides a perfect grant from an excluded funder', () => {
      expect(eligible(matchOpportunity(aProfile(), aGrant())).score).toBe(100);
      expect(matchOpportunity(excluding({ employerIds: ['funder-1'] }), aGrant())).toEqual({ eligible: false, filteredBy: ['safety_exclusion'] });
    });
  });

  it('gives no score, reasons or gaps for an opportunity it filters', () => {
    expect(matchOpportunity(aProfile(), aJob({ employerVetted: false }))).toEqual({ eligible: false, filteredBy: ['employer_not_vetted'] });
  });
});

describe('rankOpportunities', () => {
  const best = aJob({ id: 'job-c' }); // 100
  const good = aJob({ id: 'job-a', hourlyWageMinor: 1100 }); // 85: below the minimum
  const fair = aJob({ id: 'job-b', preferredSkills: ['driving'], hourlyWageMinor: 1100 }); // 70
  const grant = aGrant({ id: 'grant-a', regionCode: null, sector: null }); // 75
  const hidden = aJob({ id: 'job-0', employerVetted: false });

  it('returns eligible opportunities only, best first, with what matchOpportunity says of each', () => {
    const ranked = rankOpportunities(aProfile(), [fair, hidden, good, grant, best], 10);
    expect(ranked.map(({ item, score }) => [item.id, score])).toEqual([
      ['job-c', 100],
      ['job-a', 85],
      ['grant-a', 75],
      ['job-b', 70],
    ]);
    const outcome = eligible(matchOpportunity(aProfile(), good));
    expect(ranked[1]).toEqual({ item: good, score: outcome.score, reasons: outcome.reasons, gaps: outcome.gaps });
  });

  it('breaks ties by id ascending, whatever order the opportunities come in', () => {
    const ids = ['job-b', 'job-10', 'job-a', 'job-1'];
    const jobs = ids.map((id) => aJob({ id }));
    const expected = ['job-1', 'job-10', 'job-a', 'job-b'];
    expect(rankOpportunities(aProfile(), jobs, 10).map(({ item }) => item.id)).toEqual(expected);
    expect(rankOpportunities(aProfile(), [...jobs].reverse(), 10).map(({ item }) => item.id)).toEqual(expected);
  });

  it('returns at most limit, the best ones', () => {
    const all = [fair, good, grant, best];
    expect(rankOpportunities(aProfile(), all, 2).map(({ item }) => item.id)).toEqual(['job-c', 'job-a']);
    expect(rankOpportunities(aProfile(), all, 0)).toEqual([]);
    expect(rankOpportunities(aProfile(), all, 50)).toHaveLength(4);
    expect(rankOpportunities(aProfile(), [], 10)).toEqual([]);
  });
});

describe('rankCandidates', () => {
  const job = aJob();
  const experienced = { id: 'survivor-b', profile: aProfile() }; // 100
  const learning = {
    id: 'survivor-a',
    profile: aProfile({ skills: [{ code: 'forklift_licence', level: 'learning', years: 0 }, { code: 'manual_handling', level: 'can_do', years: 0 }] }),
  }; // 25 + 40 of 50 skill points, no preferred skill: 33 + 0 + 35
  const sameAsExperienced = { id: 'survivor-a2', profile: aProfile() };
  const tooFewHours = { id: 'survivor-c', profile: aProfile({ hoursPerWeek: 16 }) };
  const excludesEmployer = { id: 'survivor-d', profile: excluding({ employerIds: ['employer-1'] }) };

  it('returns eligible survivors only, best first, ties by id ascending', () => {
    const ranked = rankCandidates(job, [learning, tooFewHours, experienced, excludesEmployer, sameAsExperienced], 10);
    expect(ranked.map(({ item, score }) => [item.id, score])).toEqual([
      ['survivor-a2', 100],
      ['survivor-b', 100],
      ['survivor-a', 68],
    ]);
    expect(ranked[2].gaps.map((gap) => gap.code)).toEqual(['learning_required_skills', 'missing_preferred_skills']);
  });

  it('returns at most limit', () => {
    expect(rankCandidates(job, [learning, experienced, sameAsExperienced], 1).map(({ item }) => item.id)).toEqual(['survivor-a2']);
    expect(rankCandidates(job, [learning, experienced], 0)).toEqual([]);
  });
});
