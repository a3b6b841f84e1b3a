import { MATCH_FILTERS, MatchFilter } from './filters';
import { matchOpportunity } from './match';
import { MatchProfile, Opportunity } from './opportunities';
import { aGrant, aJob, aProfile } from './test-factories';

const filteredBy = (profile: MatchProfile, opportunity: Opportunity): MatchFilter[] => {
  const outcome = matchOpportunity(profile, opportunity);
  return outcome.eligible ? [] : outcome.filteredBy;
};

const exclusions = (overrides: Partial<MatchProfile['exclusions']>): MatchProfile['exclusions'] => ({
  regionCodes: [],
  employerIds: [],
  sectors: [],
  ...overrides,
});

describe('hard filters', () => {
  it('lets the default job and grant through', () => {
    expect(filteredBy(aProfile(), aJob())).toEqual([]);
    expect(filteredBy(aProfile(), aGrant())).toEqual([]);
  });

  describe('safety_exclusion', () => {
    it('hides a job from an excluded employer, in an excluded region or in an excluded sector', () => {
      expect(filteredBy(aProfile({ exclusions: exclusions({ employerIds: ['employer-1'] }) }), aJob())).toEqual(['safety_exclusion']);
      expect(filteredBy(aProfile({ exclusions: exclusions({ regionCodes: ['london'] }) }), aJob())).toEqual(['safety_exclusion']);
      expect(filteredBy(aProfile({ exclusions: exclusions({ sectors: ['transport_logistics'] }) }), aJob())).toEqual(['safety_exclusion']);
    });

    it('hides a remote job whose employer is based in an excluded region', () => {
      const profile = aProfile({ regionCode: 'wales', exclusions: exclusions({ regionCodes: ['london'] }) });
      expect(filteredBy(profile, aJob({ remote: true, regionCode: 'london' }))).toEqual(['safety_exclusion']);
      expect(filteredBy(profile, aJob({ remote: true, regionCode: 'scotland' }))).toEqual([]);
    });

    it('hides a grant from an excluded funder, aimed at an excluded region or sector', () => {
      expect(filteredBy(aProfile({ exclusions: exclusions({ employerIds: ['funder-1'] }) }), aGrant())).toEqual(['safety_exclusion']);
      expect(filteredBy(aProfile({ exclusions: exclusions({ regionCodes: ['london'] }) }), aGrant())).toEqual(['safety_exclusion']);
      expect(filteredBy(aProfile({ exclusions: exclusions({ sectors: ['transport_logistics'] }) }), aGrant())).toEqual(['safety_exclusion']);
    });

    it('keeps opportunities the exclusions do not name, and grants open to any region or sector', () => {
      const profile = aProfile({ exclusions: exclusions({ employerIds: ['employer-2'], regionCodes: ['wales'], sectors: ['care'] }) });
      expect(filteredBy(profile, aJob())).toEqual([]);
      expect(filteredBy(profile, aGrant({ regionCode: null, sector: null }))).toEqual([]);
    });
  });

  describe('employer_not_vetted', () => {
    it('hides a job whose employer is not vetted and keeps one whose employer is', () => {
      expect(filteredBy(aProfile(), aJob({ employerVetted: false }))).toEqual(['employer_not_vetted']);
      expect(filteredBy(aProfile(), aJob({ employerVetted: true }))).toEqual([]);
    });
  });

  describe('not_open', () => {
    it('hides a grant that is not open and keeps one that is', () => {
      expect(filteredBy(aProfile(), aGrant({ open: false }))).toEqual(['not_open']);
      expect(filteredBy(aProfile(), aGrant({ open: true }))).toEqual([]);
    });
  });

  describe('outside_region', () => {
    it('hides an on-site job in another region and keeps one in theirs', () => {
      expect(filteredBy(aProfile(), aJob({ regionCode: 'wales' }))).toEqual(['outside_region']);
      expect(filteredBy(aProfile(), aJob({ regionCode: 'london' }))).toEqual([]);
    });

    it('keeps a remote job wherever its employer is', () => {
      expect(filteredBy(aProfile(), aJob({ remote: true, regionCode: 'wales' }))).toEqual([]);
    });

    it('puts every on-site job outside a survivor with no region, but not a remote one', () => {
      const profile = aProfile({ regionCode: null });
      expect(filteredBy(profile, aJob())).toEqual(['outside_region']);
      expect(filteredBy(profile, aJob({ remote: true }))).toEqual([]);
    });

    it('hides a grant aimed at another region and keeps a grant open anywhere', () => {
      expect(filteredBy(aProfile(), aGrant({ regionCode: 'wales' }))).toEqual(['outside_region']);
      expect(filteredBy(aProfile(), aGrant({ regionCode: null }))).toEqual([]);
      expect(filteredBy(aProfile({ regionCode: null }), aGrant({ regionCode: 'london' }))).toEqual(['outside_region']);
      expect(filteredBy(aProfile({ regionCode: null }), aGrant({ regionCode: null }))).toEqual([]);
    });
  });

  describe('workplace', () => {
    it('hides on-site jobs from a survivor who wants remote work, and keeps remote ones', () => {
      const profile = aProfile({ workplace: 'remote' });
      expect(filteredBy(profile, aJob({ remote: false }))).toEqual(['workplace']);
      expect(filteredBy(profile, aJob({ remote: true }))).toEqual([]);
    });

    it('hides remote jobs from a survivor who wants to work on site, and keeps on-site ones', () => {
      const profile = aProfile({ workplace: 'on_site' });
      expect(filteredBy(profile, aJob({ remote: true }))).toEqual(['workplace']);
      expect(filteredBy(profile, aJob({ remote: false }))).toEqual([]);
    });

    it('keeps both for a survivor who will work either way, and never filters grants', () => {
      const profile = aProfile({ workplace: 'either' });
      expect(filteredBy(profile, aJob({ remote: true }))).toEqual([]);
      expect(filteredBy(profile, aJob({ remote: false }))).toEqual([]);
      expect(filteredBy(aProfile({ workplace: 'remote' }), aGrant())).toEqual([]);
    });
  });

  describe('language_required', () => {
    it('hides a job needing a language they do not speak', () => {
      expect(filteredBy(aProfile(), aJob({ languages: ['en', 'ar'] }))).toEqual(['language_required']);
    });

    it('keeps a job whose languages they all speak, at any level, and one needing none', () => {
      const profile = aProfile({ languages: [{ code: 'ar', level: 'basic' }, { code: 'en', level: 'native' }] });
      expect(filteredBy(profile, aJob({ languages: ['en', 'ar'] }))).toEqual([]);
      expect(filteredBy(aProfile({ languages: [] }), aJob({ languages: [] }))).toEqual([]);
    });
  });

  describe('too_many_hours', () => {
    it('hides a job with more hours than they can work, and keeps one with exactly as many', () => {
      expect(filteredBy(aProfile({ hoursPerWeek: 20 }), aJob({ hoursPerWeek: 21 }))).toEqual(['too_many_hours']);
      expect(filteredBy(aProfile({ hoursPerWeek: 20 }), aJob({ hoursPerWeek: 20 }))).toEqual([]);
    });

    it('puts no limit on a survivor who has not said', () => {
      expect(filteredBy(aProfile({ hoursPerWeek: null }), aJob({ hoursPerWeek: 60 }))).toEqual([]);
    });
  });

  describe('shifts', () => {
    it('hides a job whose shifts share none with theirs, and keeps one sharing any', () => {
      const profile = aProfile({ shifts: ['mornings', 'weekends'] });
      expect(filteredBy(profile, aJob({ shifts: ['evenings', 'nights'] }))).toEqual(['shifts']);
      expect(filteredBy(profile, aJob({ shifts: ['nights', 'weekends'] }))).toEqual([]);
    });

    it('fits anyone when the job names no shifts, and any job when the survivor names none', () => {
      expect(filteredBy(aProfile({ shifts: ['nights'] }), aJob({ shifts: [] }))).toEqual([]);
      expect(filteredBy(aProfile({ shifts: [] }), aJob({ shifts: ['nights'] }))).toEqual([]);
    });
  });

  it('lists every filter a job fails, in MATCH_FILTERS order', () => {
    const profile = aProfile({
      workplace: 'remote',
      hoursPerWeek: 10,
      shifts: ['weekends'],
      exclusions: exclusions({ sectors: ['care'] }),
    });
    const job = aJob({ sector: 'care', employerVetted: false, regionCode: 'wales', languages: ['ar'], hoursPerWeek: 30, shifts: ['nights'] });
    expect(filteredBy(profile, job)).toEqual(MATCH_FILTERS.filter((filter) => filter !== 'not_open'));
  });

  it('lists every filter a grant fails, and none of the job-only filters', () => {
    const profile = aProfile({ workplace: 'remote', hoursPerWeek: 1, shifts: ['nights'], languages: [], exclusions: exclusions({ employerIds: ['funder-1'] }) });
    expect(filteredBy(profile, aGrant({ open: false, regionCode: 'wales' }))).toEqual(['safety_exclusion', 'not_open', 'outside_region']);
  });
});
