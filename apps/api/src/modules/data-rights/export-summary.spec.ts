import type { ExportDataDto } from './dto/survivor-export.dto';
import { summarise } from './export-summary';
import { CASEWORKER_ONLY_SECTIONS, EXPORT_SECTIONS } from './survivor-data-map';

const at = new Date('2027-03-01T10:00:00Z');

/** The smallest file: a profile and nothing else. */
function emptyData(overrides: Partial<ExportDataDto> = {}): ExportDataDto {
  return {
    profile: {
      id: 'b6f1c9c6-55a4-4b5e-9a55-0d3a2b1f9c01',
      pseudonym: 'Sunflower',
      personal: { legalName: null, dateOfBirth: null, phone: null, email: null },
      skills: [],
      languages: [],
      regionCode: null,
      regionName: null,
      availability: { hoursPerWeek: null, shifts: [] },
      preferences: { sectors: [], workplace: 'either', minimumHourlyWageMinor: null },
      exclusions: { regionCodes: [], employerIds: [], sectors: [], employers: [] },
      caseworker: null,
      hasAccount: false,
      erasureRequestedAt: null,
      erasedAt: null,
      erasureReason: null,
      createdAt: at,
      updatedAt: at,
    },
    organisation: { id: 'c1', name: 'Riverside Support' },
    account: null,
    sessions: [],
    invitations: [],
    consents: [],
    applications: [],
    placements: [],
    grantApplications: [],
    checkIns: [],
    riskSignals: null,
    flags: null,
    concernReports: [],
    emails: [],
    accessLog: [],
    ownActivity: [],
    ...overrides,
  };
}

describe('summarise', () => {
  it("lists every section for the caseworker's complete file, in order", () => {
    const summary = summarise(emptyData({ riskSignals: [], flags: [] }), 'caseworker');
    expect(summary.items.map((item) => item.section)).toEqual([...EXPORT_SECTIONS]);
    expect(summary.notes.join(' ')).toContain('Go through it with them');
  });

  it("leaves the follow-ups out of the survivor's own file, and says where to ask for them", () => {
    const summary = summarise(emptyData(), 'survivor');
    const sections = summary.items.map((item) => item.section);
    for (const section of CASEWORKER_ONLY_SECTIONS) expect(sections).not.toContain(section);
    expect(sections).toHaveLength(EXPORT_SECTIONS.length - CASEWORKER_ONLY_SECTIONS.length);
    expect(summary.notes[0]).toMatch(/not in this file.*Ask your caseworker/);
  });

  it('counts in plain words, one or many', () => {
    const application = { status: 'submitted' } as ExportDataDto['applications'][number];
    const one = summarise(emptyData({ applications: [application] }), 'survivor').items.find((item) => item.section === 'applications');
    const two = summarise(emptyData({ applications: [application, application] }), 'survivor').items.find((item) => item.section === 'applications');
    expect(one).toEqual({ section: 'applications', count: 1, text: expect.stringMatching(/^1 job application,/) });
    expect(two).toEqual({ section: 'applications', count: 2, text: expect.stringMatching(/^2 job applications,/) });
    const placements = [{ endDate: null }, { endDate: '2027-01-31' }] as ExportDataDto['placements'];
    expect(summarise(emptyData({ placements }), 'survivor').items.find((item) => item.section === 'placements')?.text).toBe('2 jobs you started: employer, dates, pay and hours (1 still going).');
  });

  it('says so when there is no account', () => {
    const account = summarise(emptyData(), 'survivor').items.find((item) => item.section === 'account');
    expect(account).toEqual({ section: 'account', count: 0, text: 'You do not have an account of your own.' });
  });
});
