import { createTestApp, Factories, HttpClient, status, TEST_PASSWORD, TestApp } from '@onward/api/testing';
import { Role } from '@onward/shared';
import { DataSource } from 'typeorm';

interface Match {
  type: 'job' | 'grant';
  id: string;
  title: string;
  score: number;
  reasons: { code: string; params: Record<string, unknown>; text: string }[];
  gaps: { code: string; params: Record<string, unknown>; text: string }[];
}

/**
 * Matching through the API: a survivor's recommendations and a caseworker's candidates, with the
 * hard filters (safety exclusions first) applied before anything is scored.
 */
describe('Matching', () => {
  let t: TestApp;
  let factories: Factories;
  let db: DataSource;
  let providerId: string;
  let caseworker: HttpClient;
  let employerId: string;
  let employer: HttpClient;
  let survivorId: string;
  let survivor: HttpClient;
  const jobs: Record<string, string> = {};

  const perfectFit = {
    requiredSkills: ['hospitality.cafe_counter'],
    preferredSkills: ['hospitality.barista'],
    sector: 'hospitality' as const,
    regionCode: 'riverside',
    wageMinor: 1400,
    hoursPerWeek: 25,
    languages: ['en'],
  };

  beforeAll(async () => {
    t = await createTestApp({ env: { LOGIN_RATE_LIMIT_PER_IP: '10000', LOGIN_RATE_LIMIT_PER_ACCOUNT: '10000' } });
    factories = new Factories(t.app);
    db = t.app.get(DataSource);
    await factories.region({ code: 'riverside', name: 'Riverside' });
    await factories.region({ code: 'hilltop', name: 'Hilltop' });
    providerId = (await factories.organisation({ kind: 'service_provider' })).id;
    caseworker = (await signIn('caseworker', providerId)).client;
    employerId = (await factories.employer({ name: 'Green Valley Foods' })).organisationId;
    employer = (await signIn('employer', employerId)).client;
    const suspendedId = (await factories.employer({ status: 'suspended' })).organisationId;

    const job = async (name: string, overrides: Record<string, unknown>) => {
      jobs[name] = (await factories.job({ employerId, status: 'published', title: name, ...perfectFit, ...overrides })).id;
    };
    await job('perfect', {});
    await job('missing a skill', { requiredSkills: ['hospitality.cafe_counter', 'driving.forklift_licence'] });
    await job('elsewhere', { regionCode: 'hilltop' });
    await job('remote', { remote: true, regionCode: 'hilltop' });
    await job('arabic needed', { languages: ['en', 'ar'] });
    await job('too long', { hoursPerWeek: 40 });
    await job('nights', { shifts: ['nights'] });
    await job('low pay', { wageMinor: 1200 });
    await job('draft', { status: 'draft' });
    jobs['suspended employer'] = (await factories.job({ employerId: suspendedId, status: 'published', ...perfectFit })).id;

    const user = await factories.user({ role: 'survivor', organisationId: providerId });
    survivorId = (
      await factories.survivor({
        organisationId: providerId,
        userId: user.id,
        skills: [{ code: 'hospitality.cafe_counter', level: 'experienced', years: 4 }, { code: 'hospitality.barista', level: 'can_do', years: 1 }],
        languages: [{ code: 'en', level: 'fluent' }, { code: 'es', level: 'native' }],
        regionCode: 'riverside',
        hoursPerWeek: 30,
        shifts: ['mornings'],
        workplace: 'either',
        preferredSectors: ['hospitality'],
        minimumHourlyWageMinor: 1300,
      })
    ).id;
    survivor = new HttpClient(t.app);
    await survivor.login(user.email, TEST_PASSWORD).then(status(200));
  });
  afterAll(() => t.close());

  async function signIn(role: Role, organisationId?: string): Promise<{ client: HttpClient }> {
    const user = await factories.user({ role, organisationId });
    const client = new HttpClient(t.app);
    await client.login(user.email, TEST_PASSWORD).then(status(200));
    return { client };
  }

  const myMatches = async (): Promise<{ jobs: Match[]; grants: Match[]; profileComplete: boolean }> => (await survivor.get('/api/v1/survivors/me/matches').then(status(200))).body;
  const titles = (matches: Match[]) => matches.map((match) => match.title);

  it('recommends the jobs that pass every hard filter, best first, with reasons and gaps', async () => {
    const matches = await myMatches();
    expect(matches.profileComplete).toBe(true);
    // "perfect" and "remote" both score 100 (their order is the library's tie-break by id).
    expect(new Set(titles(matches.jobs).slice(0, 2))).toEqual(new Set(['perfect', 'remote']));
    expect(titles(matches.jobs).slice(2)).toEqual(['low pay', 'missing a skill']);
    const perfect = matches.jobs.find((match) => match.title === 'perfect')!;
    expect(perfect.score).toBe(100);
    expect(matches.jobs.map((match) => match.score)).toEqual([100, 100, 85, 75]);
    expect(perfect.reasons.map((reason) => reason.code)).toEqual(expect.arrayContaining(['required_skills_held', 'within_region', 'wage_meets_minimum', 'preferred_sector']));
    expect(perfect.reasons.find((reason) => reason.code === 'required_skills_held')!.params).toEqual({ have: 1, of: 1 });
    const missing = matches.jobs.find((match) => match.title === 'missing a skill')!;
    expect(missing.reasons.find((reason) => reason.code === 'required_skills_held')!.text).toBe('Has 1 of 2 required skills');
    expect(missing.gaps.find((gap) => gap.code === 'missing_required_skills')).toMatchObject({ params: { skills: ['driving.forklift_licence'] }, text: expect.stringMatching(/^Missing: .*forklift/i) });
    expect(matches.jobs.find((match) => match.title === 'low pay')!.gaps.map((gap) => gap.code)).toContain('wage_below_minimum');
  });

  it('hides an otherwise perfect match once its employer, region or sector is a safety exclusion', async () => {
    const exclude = (columns: string) => db.query(`UPDATE survivor_profiles SET ${columns} WHERE id = $1`, [survivorId]);
    expect(titles((await myMatches()).jobs)).toContain('perfect');
    try {
      await exclude(`excluded_employer_ids = ARRAY['${employerId}']::uuid[]`);
      expect((await myMatches()).jobs).toEqual([]);
      await exclude(`excluded_employer_ids = '{}', excluded_region_codes = '{riverside}'`);
      expect(titles((await myMatches()).jobs)).toEqual(['remote']);
      await exclude(`excluded_region_codes = '{}', excluded_sectors = '{hospitality}'`);
      expect((await myMatches()).jobs).toEqual([]);
    } finally {
      await exclude(`excluded_employer_ids = '{}', excluded_region_codes = '{}', excluded_sectors = '{}'`);
    }
  });

  it('recommends open grant programmes for the region or anywhere, not those aimed elsewhere', async () => {
    const here = await factories.grantProgramme({ status: 'open', title: 'Riverside start-up fund', regionCode: 'riverside', sector: 'hospitality' });
    await factories.grantProgramme({ status: 'open', title: 'Hilltop fund', regionCode: 'hilltop' });
    await factories.grantProgramme({ status: 'draft', title: 'Not open yet' });
    const grants = (await myMatches()).grants;
    expect(titles(grants)).toEqual(['Riverside start-up fund']);
    expect(grants[0]).toMatchObject({ id: here.id, type: 'grant', score: 100 });
  });

  it('gives a caseworker candidates among their own organisation’s survivors only, excluded ones left out', async () => {
    const fit = { skills: ['hospitality.cafe_counter'], regionCode: 'riverside', languages: ['en'] };
    const strong = await factories.survivor({ organisationId: providerId, pseudonym: 'Strong', ...fit, skills: [{ code: 'hospitality.cafe_counter', level: 'experienced', years: 5 }] });
    const learning = await factories.survivor({ organisationId: providerId, pseudonym: 'Learning', ...fit, skills: [{ code: 'hospitality.cafe_counter', level: 'learning', years: 0 }] });
    const excluded = await factories.survivor({ organisationId: providerId, pseudonym: 'Excluded', ...fit, excludedEmployerIds: [employerId] });
    const elsewhere = await factories.survivor({ organisationId: providerId, pseudonym: 'Elsewhere', ...fit, regionCode: 'hilltop' });
    const otherOrganisation = await factories.survivor({ pseudonym: 'Other organisation', ...fit });
    const response = (await caseworker.get(`/api/v1/jobs/${jobs.perfect}/candidates`).then(status(200))).body;
    const ids = response.candidates.map((candidate: { survivorId: string }) => candidate.survivorId);
    expect(response).toMatchObject({ jobId: jobs.perfect, jobTitle: 'perfect', employerVetted: true });
    expect(ids.indexOf(strong.id)).toBeLessThan(ids.indexOf(learning.id));
    expect(ids).toContain(survivorId);
    for (const hidden of [excluded, elsewhere, otherOrganisation]) expect(ids).not.toContain(hidden.id);
    const scores = response.candidates.map((candidate: { score: number }) => candidate.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(JSON.stringify(response)).not.toMatch(/exclu/i);
  });

  it('finds no candidates for a job whose employer may not publish', async () => {
    const response = (await caseworker.get(`/api/v1/jobs/${jobs['suspended employer']}/candidates`).then(status(200))).body;
    expect(response).toMatchObject({ employerVetted: false, candidates: [] });
  });

  it('never lets an employer or a survivor browse survivors', async () => {
    await employer.get(`/api/v1/jobs/${jobs.perfect}/candidates`).then(status(404));
    await survivor.get(`/api/v1/jobs/${jobs.perfect}/candidates`).then(status(404));
    await employer.get('/api/v1/survivors/me/matches').then(status(404));
    await employer.get(`/api/v1/survivors/${survivorId}/matches`).then(status(404));
    await caseworker.get(`/api/v1/jobs/${jobs.perfect}/candidates?limit=1000`).then(status(400));
    await caseworker.get(`/api/v1/jobs/${jobs.perfect}/candidates?sort=pseudonym`).then(status(400));
  });
});
