import { CheckInsService, createTestApp, Factories, HttpClient, Outbox, RiskService, status, TEST_PASSWORD, TestApp } from '@onward/api/testing';
import { Role } from '@onward/shared';
import { DataSource } from 'typeorm';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const MISSING_ID = '9f1c1f1e-4b7a-4c39-9d7e-3a0f5d8e2b11';
const ALL_WELL = { stillWorking: true, paidAsPromised: true, hoursAsPromised: true, feelSafe: true, housingStable: true, pastContact: false };

/**
 * Check-ins after a start, the risk signals they and other events give, the flags a caseworker
 * must follow up, and escalation when a follow-up is overdue. No worker runs in this app: the
 * test runs each scan itself, with the clock where it put it, and reads queued emails from the
 * outbox.
 */
describe('Check-ins, risk flags and follow-up', () => {
  let t: TestApp;
  let factories: Factories;
  let db: DataSource;
  let outbox: Outbox;
  let checkIns: CheckInsService;
  let risk: RiskService;
  let providerId: string;
  let caseworker: HttpClient;
  let caseworkerId: string;
  let caseworkerEmail: string;
  let supervisorEmail: string;
  let otherCaseworker: HttpClient;
  let employerId: string;
  let employer: HttpClient;
  let admin: HttpClient;

  beforeAll(async () => {
    t = await createTestApp({ env: { RUN_WORKERS: 'false', LOGIN_RATE_LIMIT_PER_IP: '10000', LOGIN_RATE_LIMIT_PER_ACCOUNT: '10000' } });
    factories = new Factories(t.app);
    db = t.app.get(DataSource);
    outbox = new Outbox(t.app);
    checkIns = t.app.get(CheckInsService);
    risk = t.app.get(RiskService);
    await factories.region({ code: 'riverside', name: 'Riverside' });
    providerId = (await factories.organisation({ kind: 'service_provider', name: 'Riverside Support' })).id;
    ({ client: caseworker, id: caseworkerId, email: caseworkerEmail } = await signIn('caseworker', providerId));
    supervisorEmail = (await factories.user({ role: 'caseworker', organisationId: providerId, isSupervisor: true })).email;
    ({ client: otherCaseworker } = await signIn('caseworker'));
    employerId = (await factories.employer({ name: 'Green Valley Foods' })).organisationId;
    ({ client: employer } = await signIn('employer', employerId));
    ({ client: admin } = await signIn('admin', providerId));
  });
  afterAll(() => t.close());

  const sessions: Array<{ client: HttpClient; email: string }> = [];

  async function signIn(role: Role, organisationId?: string): Promise<{ client: HttpClient; id: string; email: string }> {
    const user = await factories.user({ role, organisationId });
    const client = new HttpClient(t.app);
    await client.login(user.email, TEST_PASSWORD).then(status(200));
    sessions.push({ client, email: user.email });
    return { client, id: user.id, email: user.email };
  }

  /** Moves the clock; sessions end after 30 idle minutes, so everyone signs in again. */
  async function advance(ms: number) {
    t.clock.advance(ms);
    for (const { client, email } of sessions) await client.login(email, TEST_PASSWORD).then(status(200));
  }

  const dateIn = (days: number) => new Date(t.clock.now().getTime() + days * DAY).toISOString().slice(0, 10);

  /** A survivor of the provider with an account and a placement that started `startedDaysAgo` days ago. */
  async function working(startedDaysAgo = 0) {
    const { client, id: userId, email } = await signIn('survivor', providerId);
    const survivor = await factories.survivor({ organisationId: providerId, caseworkerId, userId });
    const placement = await factories.placement({ survivorId: survivor.id, employerId, regionCode: 'riverside', startDate: dateIn(-startedDaysAgo), jobTitle: 'Kitchen assistant' });
    return { client, email, survivor, placement };
  }

  const checkInsOf = (placementId: string): Promise<Array<{ id: string; day_offset: number; due_on: string; status: string }>> =>
    db.query(`SELECT id, day_offset, due_on::text AS due_on, status FROM check_ins WHERE placement_id = $1 ORDER BY day_offset`, [placementId]);
  const flagsOf = (survivorId: string): Promise<Array<{ id: string; level: string; status: string; assigned_to_id: string | null; escalated_at: Date | null }>> =>
    db.query(`SELECT id, level, status, assigned_to_id, escalated_at FROM flags WHERE survivor_id = $1 ORDER BY opened_at`, [survivorId]);
  const signalsOf = (survivorId: string): Promise<Array<{ type: string; flag_id: string | null }>> =>
    db.query(`SELECT type, flag_id FROM risk_signals WHERE survivor_id = $1 ORDER BY occurred_at, type`, [survivorId]);
  const flagEmails = async (address: string, flagId: string) => (await outbox.emailsTo(address)).filter((email) => email.text_body.includes(`/caseworker/flags/${flagId}`));

  /** Moves the clock so `dayOffset` days have passed since the placement's start, then runs the scan. */
  async function dueDay(placement: { startDate: string }, dayOffset: number) {
    const target = Date.parse(`${placement.startDate}T09:00:00Z`) + dayOffset * DAY;
    await advance(Math.max(0, target - t.clock.now().getTime()));
    return checkIns.scan();
  }

  describe('check-ins', () => {
    it('schedules check-ins on day 7, 30, 90, 180, 365 and 730 of a hire made through the application routes', async () => {
      const { client } = await signIn('survivor', providerId);
      const userId = (await client.get('/api/v1/auth/me').then(status(200))).body.id;
      const survivor = await factories.survivor({ organisationId: providerId, caseworkerId, userId, skills: ['hospitality.cafe_counter'] });
      const job = await factories.job({ employerId, regionCode: 'riverside', status: 'published' });
      const application = (await client.post('/api/v1/applications', { jobId: job.id }).then(status(201))).body;
      await client.post(`/api/v1/applications/${application.id}/share`, { consent: { fields: ['skills'] } }).then(status(200));
      await employer.post(`/api/v1/applications/${application.id}/offer`, {}).then(status(200));
      const startDate = dateIn(3);
      await employer.post(`/api/v1/applications/${application.id}/hire`, { startDate, wage: { amountMinor: 52_000, currency: 'GBP', period: 'week' }, hoursPerWeek: 40 }).then(status(200));
      const [placement] = await db.query(`SELECT id FROM placements WHERE survivor_id = $1`, [survivor.id]);

      const rows = await checkInsOf(placement.id);
      expect(rows.map((row) => row.day_offset)).toEqual([7, 30, 90, 180, 365, 730]);
      expect(rows.every((row) => row.status === 'scheduled')).toBe(true);
      expect(rows[0].due_on).toBe(new Date(Date.parse(`${startDate}T00:00:00Z`) + 7 * DAY).toISOString().slice(0, 10));
      // The employer, who now employs them, has no way to their follow-up records.
      await employer.get(`/api/v1/survivors/${survivor.id}/timeline`).then(status(403));
      await employer.get(`/api/v1/flags?survivorId=${survivor.id}`).then(status(404));
      const [firstCheckIn] = await checkInsOf(placement.id);
      await employer.post(`/api/v1/check-ins/${firstCheckIn.id}/answers`, ALL_WELL).then(status(403));
      const employerView = JSON.stringify((await employer.get(`/api/v1/placements/${placement.id}`).then(status(200))).body);
      for (const word of ['checkIn', 'check_in', 'flag', 'signal', 'risk']) expect(employerView.toLowerCase()).not.toContain(word.toLowerCase());
    });

    it('skips check-ins whose grace period passed before a late-recorded start', async () => {
      const { placement } = await working(40);
      expect((await checkInsOf(placement.id)).map((row) => row.day_offset)).toEqual([90, 180, 365, 730]);
    });

    it('opens a check-in on its day with a discreet reminder, and shows it to the survivor only', async () => {
      const { client, email, survivor, placement } = await working();
      expect((await client.get('/api/v1/survivors/me/check-ins').then(status(200))).body.items).toEqual([]);

      const result = await dueDay(placement, 7);
      expect(result.due).toBeGreaterThanOrEqual(1);
      const [first] = await checkInsOf(placement.id);
      expect(first.status).toBe('due');

      const items = (await client.get('/api/v1/survivors/me/check-ins').then(status(200))).body.items;
      expect(items).toEqual([expect.objectContaining({ id: first.id, status: 'due', dayOffset: 7, jobTitle: 'Kitchen assistant', employerName: 'Green Valley Foods', answers: null })]);

      const [reminder] = await outbox.emailsTo(email);
      expect(reminder.subject).toBe('You have a message waiting');
      // Not from "Onward": the sender's name says nothing either.
      expect(reminder.from_address).toBe('Notifications <no-reply@onward.invalid>');
      // Nothing that would harm the survivor if someone else reads the message.
      const words = `${reminder.subject}\n${reminder.text_body}`.toLowerCase();
      for (const word of ['traffick', 'risk', 'safe', 'check-in', 'green valley', 'kitchen', 'employer', 'caseworker', survivor.pseudonym.toLowerCase()]) expect(words).not.toContain(word);

      // A second scan sends no second reminder.
      await checkIns.scan();
      expect(await outbox.emailsTo(email)).toHaveLength(1);
      await employer.get('/api/v1/survivors/me/check-ins').then(status(403));
    });

    it('refuses answers from anyone but the survivor and their caseworkers (404), twice (409), early (409) and malformed (400), changing nothing', async () => {
      const { client, placement } = await working();
      await dueDay(placement, 7);
      const [first, second] = await checkInsOf(placement.id);
      const stranger = await working();
      const answers = (id: string, body: unknown, as = client) => as.post(`/api/v1/check-ins/${id}/answers`, body);

      await answers(first.id, ALL_WELL, stranger.client).then(status(404));
      await answers(first.id, ALL_WELL, otherCaseworker).then(status(404));
      await answers(first.id, ALL_WELL, employer).then(status(403));
      await answers(first.id, ALL_WELL, admin).then(status(403));
      await answers(MISSING_ID, ALL_WELL).then(status(404));
      await answers('not-a-uuid', ALL_WELL).then(status(400));
      const { feelSafe: _missing, ...incomplete } = ALL_WELL;
      expect((await answers(first.id, incomplete).then(status(400))).body.fields).toHaveProperty('feelSafe');
      expect((await answers(first.id, { ...ALL_WELL, mood: 'fine' }).then(status(400))).body.fields).toHaveProperty('mood');
      await answers(first.id, { ...ALL_WELL, paidAsPromised: 'no' }).then(status(400));
      await answers(first.id, { ...ALL_WELL, note: 'x'.repeat(2001) }).then(status(400));
      await answers(first.id, { ...ALL_WELL, feelSafe: false, mood: 'fine' }).then(status(400));
      expect((await checkInsOf(placement.id))[0].status).toBe('due');
      expect(await signalsOf(stranger.survivor.id)).toEqual([]);
      expect(await signalsOf(placement.survivorId)).toEqual([]);

      const early = await answers(second.id, ALL_WELL).then(status(409));
      expect(early.body.message).toContain('not open yet');

      const answered = (await answers(first.id, { ...ALL_WELL, note: 'All good, thank you' }).then(status(200))).body;
      expect(answered).toMatchObject({ status: 'answered', answeredByRole: 'survivor', answers: ALL_WELL, note: 'All good, thank you' });
      expect((await answers(first.id, ALL_WELL).then(status(409))).body.message).toBe('This check-in has already been answered.');
    });

    it('closes a missed check-in to late answers 30 days after it was due', async () => {
      const { client, placement } = await working();
      await dueDay(placement, 20);
      const [first] = await checkInsOf(placement.id);
      expect(first.status).toBe('missed');
      await advance(10 * DAY);
      expect((await client.get('/api/v1/survivors/me/check-ins').then(status(200))).body.items.map((item: { id: string }) => item.id)).toContain(first.id);
      await advance(10 * DAY);
      expect((await client.get('/api/v1/survivors/me/check-ins').then(status(200))).body.items.map((item: { id: string }) => item.id)).not.toContain(first.id);
      expect((await client.post(`/api/v1/check-ins/${first.id}/answers`, ALL_WELL).then(status(409))).body.message).toBe('This check-in has closed: it is too long ago to answer now.');
    });

    it('lets the caseworker record the answers from a call', async () => {
      const { survivor, placement } = await working();
      await dueDay(placement, 7);
      const [first] = await checkInsOf(placement.id);
      const answered = (await caseworker.post(`/api/v1/check-ins/${first.id}/answers`, ALL_WELL).then(status(200))).body;
      expect(answered).toMatchObject({ status: 'answered', answeredByRole: 'caseworker' });
      // All well gives no signal and no flag.
      expect(await signalsOf(survivor.id)).toEqual([]);
      expect(await flagsOf(survivor.id)).toEqual([]);
    });
  });

  describe('flags from answers, and the follow-up', () => {
    it('"not paid as promised" opens a high flag for the caseworker at once, emailed without details; they acknowledge and resolve it', async () => {
      const { client, survivor, placement } = await working();
      await dueDay(placement, 7);
      const [first] = await checkInsOf(placement.id);
      await client.post(`/api/v1/check-ins/${first.id}/answers`, { ...ALL_WELL, paidAsPromised: false, note: 'Boss kept half my wages' }).then(status(200));

      const [flag] = await flagsOf(survivor.id);
      expect(flag).toMatchObject({ level: 'high', status: 'open', assigned_to_id: caseworkerId });
      const queue = (await caseworker.get('/api/v1/flags').then(status(200))).body;
      const item = queue.items.find((entry: { id: string }) => entry.id === flag.id);
      expect(item).toMatchObject({ level: 'high', status: 'open', overdue: false, survivor: { id: survivor.id, pseudonym: survivor.pseudonym }, reasons: [expect.objectContaining({ type: 'not_paid', text: 'Not paid as promised' })] });
      // Due in 24 hours.
      expect(Date.parse(item.dueAt) - t.clock.now().getTime()).toBe(24 * HOUR);

      const [email] = await flagEmails(caseworkerEmail, flag.id);
      expect(email.subject).toBe('A follow-up has been assigned to you');
      for (const secret of [survivor.pseudonym, 'Boss kept', 'paid', 'Green Valley']) expect(email.text_body).not.toContain(secret);

      // Nobody outside the survivor's organisation sees it.
      await otherCaseworker.get(`/api/v1/flags/${flag.id}`).then(status(404));
      await employer.get(`/api/v1/flags/${flag.id}`).then(status(404));
      await admin.get(`/api/v1/flags/${flag.id}`).then(status(404));
      await client.get(`/api/v1/flags/${flag.id}`).then(status(404));
      expect((await otherCaseworker.get('/api/v1/flags').then(status(200))).body.items.map((entry: { id: string }) => entry.id)).not.toContain(flag.id);
      await employer.get('/api/v1/flags').then(status(404));

      await caseworker.post(`/api/v1/flags/${flag.id}/acknowledge`).then(status(200));
      expect((await caseworker.post(`/api/v1/flags/${flag.id}/acknowledge`).then(status(409))).body.message).toBe('This follow-up is acknowledged, so it cannot be marked acknowledged.');
      await caseworker.post(`/api/v1/flags/${flag.id}/notes`, { note: 'Called; meeting tomorrow' }).then(status(200));
      await caseworker.post(`/api/v1/flags/${flag.id}/resolve`, { outcome: 'support_given' }).then(status(400));
      await caseworker.post(`/api/v1/flags/${flag.id}/resolve`, { outcome: 'fixed', note: 'x' }).then(status(400));
      await caseworker.post(`/api/v1/flags/${flag.id}/resolve`, { outcome: 'support_given', note: '   ' }).then(status(400));
      expect((await flagsOf(survivor.id))[0].status).toBe('acknowledged');
      const resolved = (await caseworker.post(`/api/v1/flags/${flag.id}/resolve`, { outcome: 'support_given', note: 'Wages recovered with the labour inspector' }).then(status(200))).body;
      expect(resolved).toMatchObject({ status: 'resolved', outcome: 'support_given' });
      expect(resolved.events.map((event: { type: string }) => event.type)).toEqual(['opened', 'signal', 'acknowledged', 'note', 'resolved']);
      expect(resolved.events.at(-1)).toMatchObject({ note: 'Wages recovered with the labour inspector', actor: { id: caseworkerId } });
      expect(resolved.signals).toEqual([expect.objectContaining({ type: 'not_paid', sourceType: 'check_in' })]);
      await caseworker.post(`/api/v1/flags/${flag.id}/resolve`, { outcome: 'support_given', note: 'again' }).then(status(409));
      await caseworker.post(`/api/v1/flags/${flag.id}/start`).then(status(409));
    });

    it('gives a critical flag for contact from the past, and joins later signals to the open flag, raising it', async () => {
      const { client, survivor, placement } = await working();
      await dueDay(placement, 7);
      const [first] = await checkInsOf(placement.id);
      await client.post(`/api/v1/check-ins/${first.id}/answers`, { ...ALL_WELL, hoursAsPromised: false }).then(status(200));
      const [flag] = await flagsOf(survivor.id);
      expect(flag.level).toBe('medium');

      await dueDay(placement, 30);
      const second = (await checkInsOf(placement.id))[1];
      await client.post(`/api/v1/check-ins/${second.id}/answers`, { ...ALL_WELL, pastContact: true }).then(status(200));
      const flags = await flagsOf(survivor.id);
      expect(flags).toHaveLength(1);
      expect(flags[0]).toMatchObject({ id: flag.id, level: 'critical' });
      expect((await signalsOf(survivor.id)).every((signal) => signal.flag_id === flag.id)).toBe(true);
      const detail = (await caseworker.get(`/api/v1/flags/${flag.id}`).then(status(200))).body;
      expect(detail.events.map((event: { type: string }) => event.type)).toEqual(['opened', 'signal', 'signal', 'raised']);
      expect(await flagEmails(caseworkerEmail, flag.id)).toEqual([
        expect.objectContaining({ subject: 'A follow-up has been assigned to you' }),
        expect.objectContaining({ subject: 'A follow-up you hold is now more urgent' }),
      ]);
    });

    it('"I don\'t feel safe": a critical flag and an email to the caseworker, only for the survivor', async () => {
      const { client, survivor } = await working();
      expect((await client.post('/api/v1/survivors/me/alarm').then(status(202))).body).toEqual({ received: true });
      const [flag] = await flagsOf(survivor.id);
      expect(flag).toMatchObject({ level: 'critical', status: 'open', assigned_to_id: caseworkerId });
      const detail = (await caseworker.get(`/api/v1/flags/${flag.id}`).then(status(200))).body;
      expect(Date.parse(detail.dueAt) - Date.parse(detail.openedAt)).toBe(4 * HOUR);
      const [email] = await flagEmails(caseworkerEmail, flag.id);
      expect(email.subject).toBe('Someone you support asked for help');
      expect(email.text_body).not.toContain(survivor.pseudonym);

      // Pressed again: it joins the same flag and the caseworker hears again.
      await client.post('/api/v1/survivors/me/alarm').then(status(202));
      expect(await flagsOf(survivor.id)).toHaveLength(1);
      expect(await flagEmails(caseworkerEmail, flag.id)).toHaveLength(2);

      await caseworker.post('/api/v1/survivors/me/alarm').then(status(403));
      await employer.post('/api/v1/survivors/me/alarm').then(status(403));
      await client.post('/api/v1/survivors/me/alarm', { level: 'low' }).then(status(400));
    });

    it('opens one flag for signals arriving together, and will not resolve over a signal the caseworker has not seen', async () => {
      const { client, survivor } = await working();
      await Promise.all([client.post('/api/v1/survivors/me/alarm'), client.post('/api/v1/survivors/me/alarm'), client.post('/api/v1/survivors/me/alarm')]).then((responses) =>
        responses.forEach((response) => expect(response.status).toBe(202)),
      );
      const flags = await flagsOf(survivor.id);
      expect(flags).toHaveLength(1);
      expect((await signalsOf(survivor.id)).map((signal) => signal.flag_id)).toEqual([flags[0].id, flags[0].id, flags[0].id]);

      const seen = (await caseworker.get(`/api/v1/flags/${flags[0].id}`).then(status(200))).body.signals.length;
      await client.post('/api/v1/survivors/me/alarm').then(status(202));
      const stale = await caseworker.post(`/api/v1/flags/${flags[0].id}/resolve`, { outcome: 'support_given', note: 'Visited', signalsSeen: seen }).then(status(409));
      expect(stale.body.message).toBe('Something new has happened since you opened this follow-up. Review it before resolving.');
      await caseworker.post(`/api/v1/flags/${flags[0].id}/resolve`, { outcome: 'support_given', note: 'Visited', signalsSeen: seen + 1 }).then(status(200));

      // A resolve and an alarm at once: the alarm is never left on the resolved flag unseen.
      await client.post('/api/v1/survivors/me/alarm').then(status(202));
      const [, second] = await flagsOf(survivor.id);
      const count = (await caseworker.get(`/api/v1/flags/${second.id}`).then(status(200))).body.signals.length;
      await Promise.all([caseworker.post(`/api/v1/flags/${second.id}/resolve`, { outcome: 'support_given', note: 'Called', signalsSeen: count }), client.post('/api/v1/survivors/me/alarm')]);
      const after = await flagsOf(survivor.id);
      const unresolved = after.filter((flag) => flag.status !== 'resolved');
      // Either the resolve came first and the alarm opened a new flag, or the alarm joined first and the resolve was refused.
      expect(unresolved).toHaveLength(1);
      const [{ count: unseen }] = await db.query(`SELECT count(*)::int AS count FROM risk_signals s JOIN flags f ON f.id = s.flag_id WHERE s.survivor_id = $1 AND f.status <> 'resolved'`, [survivor.id]);
      expect(unseen).toBeGreaterThanOrEqual(1);
    });

    it('a placement ended as unsafe gives a high flag and cancels the check-ins due after its end', async () => {
      const { client, survivor, placement } = await working(10);
      await client.post(`/api/v1/placements/${placement.id}/end`, { endDate: dateIn(0), reason: 'unsafe' }).then(status(200));
      expect((await flagsOf(survivor.id))[0].level).toBe('high');
      expect(await signalsOf(survivor.id)).toEqual([expect.objectContaining({ type: 'placement_ended_unsafe' })]);
      expect((await checkInsOf(placement.id)).map((row) => row.status)).toEqual(['scheduled', 'cancelled', 'cancelled', 'cancelled', 'cancelled', 'cancelled']);
    });

    it('suspending an employer raises a flag for everyone working there now, and not for those who left', async () => {
      const shop = (await factories.employer({ name: 'Suspect Shop' })).organisationId;
      const current = await factories.survivor({ organisationId: providerId, caseworkerId });
      const former = await factories.survivor({ organisationId: providerId, caseworkerId });
      await factories.placement({ survivorId: current.id, employerId: shop, regionCode: 'riverside', startDate: dateIn(-20) });
      await factories.placement({ survivorId: former.id, employerId: shop, regionCode: 'riverside', startDate: dateIn(-200), endDate: dateIn(-100), endReason: 'resigned' });
      await caseworker.post(`/api/v1/employers/${shop}/suspension`, { reason: 'Workers report withheld passports' }).then(status(200));
      // Fanned out by a worker: the job carries ids only.
      const jobs: Array<{ data: Parameters<RiskService['employerEvent']>[0] }> = await db.query(`SELECT data FROM pgboss.job WHERE name = 'risk.employer-event' AND data->>'employerId' = $1`, [shop]);
      expect(jobs).toEqual([{ data: { employerId: shop, type: 'employer_suspended', sourceType: 'vetting_event', sourceId: expect.any(String) } }]);
      expect(await signalsOf(current.id)).toEqual([]);
      expect(await risk.employerEvent(jobs[0].data)).toBe(1);
      // Run twice (a retried job): nothing more.
      await risk.employerEvent(jobs[0].data);
      expect(await signalsOf(current.id)).toEqual([expect.objectContaining({ type: 'employer_suspended' })]);
      expect((await flagsOf(current.id))[0].level).toBe('high');
      expect(await signalsOf(former.id)).toEqual([]);
    });

    it('orders the queue overdue first, then by due time and level, and filters by level and assignment', async () => {
      const { survivor: a } = await working();
      await db.query(`UPDATE flags SET status = 'resolved', resolved_at = now(), outcome = 'other' WHERE organisation_id = $1 AND status <> 'resolved'`, [providerId]);
      await t.app.get(DataSource).transaction((manager) => risk.record(manager, { survivorId: a.id, type: 'placement_ended', occurredAt: t.clock.now(), sourceType: 'placement', sourceId: MISSING_ID }));
      const { client } = await working();
      await client.post('/api/v1/survivors/me/alarm').then(status(202));
      const levels = async (query = '') => (await caseworker.get(`/api/v1/flags${query}`).then(status(200))).body.items.map((item: { level: string; overdue: boolean }) => `${item.level}${item.overdue ? '!' : ''}`);
      expect(await levels()).toEqual(['critical', 'low']);
      await advance(5 * HOUR);
      expect(await levels()).toEqual(['critical!', 'low']);
      expect(await levels('?level=low')).toEqual(['low']);
      expect(await levels('?assigned=me')).toEqual(['critical!', 'low']);
      expect((await otherCaseworker.get('/api/v1/flags?assigned=me').then(status(200))).body.items).toEqual([]);
      await caseworker.get('/api/v1/flags?state=closed').then(status(400));
      await caseworker.get('/api/v1/flags?sort=level').then(status(400));
      await caseworker.get('/api/v1/flags?limit=1000').then(status(400));
    });
  });

  describe('scheduled work: missed check-ins and escalation', () => {
    it('a check-in unanswered past its grace period is missed and flagged; past the due time the supervisors are emailed once', async () => {
      const { survivor, placement } = await working();
      await dueDay(placement, 7);
      // Still within the grace period on day 14: not missed.
      await dueDay(placement, 14);
      expect((await checkInsOf(placement.id))[0].status).toBe('due');
      expect(await flagsOf(survivor.id)).toEqual([]);

      const result = await dueDay(placement, 15);
      expect(result.missed).toBeGreaterThanOrEqual(1);
      expect((await checkInsOf(placement.id))[0].status).toBe('missed');
      const [flag] = await flagsOf(survivor.id);
      expect(flag).toMatchObject({ level: 'medium', status: 'open' });
      expect(await signalsOf(survivor.id)).toEqual([{ type: 'check_in_missed', flag_id: flag.id }]);

      // Running it again changes nothing.
      await checkIns.scan();
      expect(await signalsOf(survivor.id)).toHaveLength(1);
      expect(await flagEmails(caseworkerEmail, flag.id)).toHaveLength(1);

      // Medium: due in three days. Not yet overdue after two; escalated after three.
      await advance(2 * DAY);
      await risk.escalateOverdue();
      expect(await flagEmails(supervisorEmail, flag.id)).toEqual([]);
      await advance(1 * DAY + 1000);
      await risk.escalateOverdue();
      const [escalation] = await flagEmails(supervisorEmail, flag.id);
      expect(escalation.subject).toBe('A follow-up in your organisation is overdue');
      expect(escalation.text_body).not.toContain(survivor.pseudonym);
      expect((await flagsOf(survivor.id))[0].escalated_at).not.toBeNull();
      const detail = (await caseworker.get(`/api/v1/flags/${flag.id}`).then(status(200))).body;
      expect(detail).toMatchObject({ overdue: true, escalatedAt: expect.any(String) });
      expect(detail.events.map((event: { type: string }) => event.type)).toContain('escalated');

      await risk.escalateOverdue();
      expect(await flagEmails(supervisorEmail, flag.id)).toHaveLength(1);
    });

    it('lets an admin make a caseworker a supervisor, who is then told of overdue follow-ups; nobody else may', async () => {
      const { id: newcomerId, email: newcomerEmail } = await signIn('caseworker', providerId);
      const { id: employerUserId } = await signIn('employer', employerId);
      await caseworker.put(`/api/v1/users/${newcomerId}/supervisor`, { supervisor: true }).then(status(403));
      await employer.put(`/api/v1/users/${newcomerId}/supervisor`, { supervisor: true }).then(status(403));
      await admin.put(`/api/v1/users/${employerUserId}/supervisor`, { supervisor: true }).then(status(400));
      await admin.put(`/api/v1/users/${newcomerId}/supervisor`, { supervisor: 'yes' }).then(status(400));
      await admin.put(`/api/v1/users/${newcomerId}/supervisor`, { supervisor: true, role: 'admin' }).then(status(400));
      await admin.put(`/api/v1/users/${MISSING_ID}/supervisor`, { supervisor: true }).then(status(404));
      expect((await admin.put(`/api/v1/users/${newcomerId}/supervisor`, { supervisor: true }).then(status(200))).body).toMatchObject({ id: newcomerId, role: 'caseworker', isSupervisor: true });
      expect(await db.query(`SELECT action FROM audit_events WHERE subject_id = $1 AND action LIKE 'user.%'`, [newcomerId])).toEqual([{ action: 'user.supervisor_granted' }]);

      const { client } = await working();
      await client.post('/api/v1/survivors/me/alarm').then(status(202));
      await advance(4 * HOUR + 1000);
      await risk.escalateOverdue();
      expect((await outbox.emailsTo(newcomerEmail)).map((email) => email.subject)).toEqual(['A follow-up in your organisation is overdue']);
    });

    it('with no supervisor in the organisation, tells every caseworker of an overdue follow-up', async () => {
      const org = (await factories.organisation({ kind: 'service_provider' })).id;
      const [first, second] = await Promise.all([factories.user({ role: 'caseworker', organisationId: org }), factories.user({ role: 'caseworker', organisationId: org })]);
      const survivor = await factories.survivor({ organisationId: org, caseworkerId: first.id });
      const flagId = (await db.transaction((manager) => risk.record(manager, { survivorId: survivor.id, type: 'not_paid', occurredAt: t.clock.now(), sourceType: 'check_in', sourceId: MISSING_ID }))).flagId!;
      await advance(25 * HOUR);
      await risk.escalateOverdue();
      for (const user of [first, second]) expect((await flagEmails(user.email, flagId)).map((email) => email.subject)).toContain('A follow-up in your organisation is overdue');
    });

    it('runs the scan on two workers at once without doing anything twice', async () => {
      const people = await Promise.all(Array.from({ length: 6 }, () => working()));
      const start = people[0].placement.startDate;
      await advance(Math.max(0, Date.parse(`${start}T09:00:00Z`) + 7 * DAY - t.clock.now().getTime()));
      await Promise.all([checkIns.scan(2, 2), checkIns.scan(2, 2), checkIns.scan(3, 3)]);
      for (const { email, placement } of people) {
        expect((await checkInsOf(placement.id))[0].status).toBe('due');
        expect(await outbox.emailsTo(email)).toHaveLength(1);
      }
      await advance(13 * DAY);
      await Promise.all([checkIns.scan(2, 2), checkIns.scan(2, 2), checkIns.scan(3, 3)]);
      for (const { survivor, email, placement } of people) {
        expect((await checkInsOf(placement.id))[0].status).toBe('missed');
        expect(await signalsOf(survivor.id)).toEqual([expect.objectContaining({ type: 'check_in_missed' })]);
        expect(await flagsOf(survivor.id)).toHaveLength(1);
        expect(await outbox.emailsTo(email)).toHaveLength(1);
      }
    });

    it('after an outage, a check-in found already past its grace period is missed without a reminder', async () => {
      const { email, placement } = await working();
      await advance(Math.max(0, Date.parse(`${placement.startDate}T09:00:00Z`) + 20 * DAY - t.clock.now().getTime()));
      const result = await checkIns.scan();
      expect((await checkInsOf(placement.id))[0].status).toBe('missed');
      expect(result.missed).toBeGreaterThanOrEqual(1);
      expect(await outbox.emailsTo(email)).toEqual([]);
    });

    it('a worker killed mid-scan leaves nothing half done, and the next run does it once', async () => {
      const { survivor, placement } = await working();
      await dueDay(placement, 7);
      await advance(8 * DAY + HOUR);
      // Another session holds the survivor's assessment lock, so the scan stops inside its
      // transaction after claiming the check-in; then its connection is killed, as a dying worker's is.
      const holder = db.createQueryRunner();
      await holder.connect();
      await holder.query(`SELECT pg_advisory_lock(hashtextextended($1, 7))`, [survivor.id]);
      const scan = checkIns.scan();
      const failure = scan.then(() => 'finished', (error: Error) => error.message);
      let blocked: Array<{ pid: number }> = [];
      for (let i = 0; i < 100 && !blocked.length; i++) {
        blocked = await db.query(`SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%pg_advisory_xact_lock%'`);
        if (!blocked.length) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(blocked).toHaveLength(1);
      await db.query(`SELECT pg_terminate_backend($1)`, [blocked[0].pid]);
      expect(await failure).not.toBe('finished');
      await holder.query(`SELECT pg_advisory_unlock_all()`);
      await holder.release();

      expect((await checkInsOf(placement.id))[0].status).toBe('due');
      expect(await signalsOf(survivor.id)).toEqual([]);

      await checkIns.scan();
      await checkIns.scan();
      expect((await checkInsOf(placement.id))[0].status).toBe('missed');
      expect(await signalsOf(survivor.id)).toHaveLength(1);
      expect(await flagsOf(survivor.id)).toHaveLength(1);
    });

    it('signals a survivor still without work NO_PLACEMENT_DAYS after their last job ended, once', async () => {
      const survivor = await factories.survivor({ organisationId: providerId, caseworkerId });
      await factories.placement({ survivorId: survivor.id, employerId, regionCode: 'riverside', startDate: dateIn(-200), endDate: dateIn(-59), endReason: 'contract_ended' });
      await risk.scanWithoutWork();
      expect(await signalsOf(survivor.id)).toEqual([]);
      await advance(DAY);
      await risk.scanWithoutWork();
      await risk.scanWithoutWork();
      expect(await signalsOf(survivor.id)).toEqual([expect.objectContaining({ type: 'no_placement' })]);

      // A job that ended long before the gap's window gives no signal, even on a first run.
      const longAgo = await factories.survivor({ organisationId: providerId, caseworkerId });
      await factories.placement({ survivorId: longAgo.id, employerId, regionCode: 'riverside', startDate: dateIn(-900), endDate: dateIn(-700), endReason: 'resigned' });
      await risk.scanWithoutWork();
      expect(await signalsOf(longAgo.id)).toEqual([]);
    });
  });

  describe('retention and the timeline', () => {
    it('shows a survivor timeline to their caseworker only, with tenure and gaps', async () => {
      const survivor = await factories.survivor({ organisationId: providerId, caseworkerId });
      await factories.placement({ survivorId: survivor.id, employerId, regionCode: 'riverside', startDate: dateIn(-300), endDate: dateIn(-200), endReason: 'resigned', jobTitle: 'Packer' });
      await factories.placement({ survivorId: survivor.id, employerId, regionCode: 'riverside', startDate: dateIn(-150), jobTitle: 'Cook' });
      const timeline = (await caseworker.get(`/api/v1/survivors/${survivor.id}/timeline`).then(status(200))).body;
      expect(timeline.current).toMatchObject({ jobTitle: 'Cook', tenureDays: 150, gapBeforeDays: 50 });
      expect(timeline.placements.map((p: { jobTitle: string; tenureDays: number }) => [p.jobTitle, p.tenureDays])).toEqual([
        ['Cook', 150],
        ['Packer', 100],
      ]);
      expect(timeline).toMatchObject({ totalTenureDays: 250, currentGapDays: null });
      await otherCaseworker.get(`/api/v1/survivors/${survivor.id}/timeline`).then(status(404));
      await admin.get(`/api/v1/survivors/${survivor.id}/timeline`).then(status(403));

      // Overlapping jobs: no gap while an earlier one still runs, and no day counted twice.
      const busy = await factories.survivor({ organisationId: providerId, caseworkerId });
      await factories.placement({ survivorId: busy.id, employerId, regionCode: 'riverside', startDate: dateIn(-100), endDate: dateIn(-10), endReason: 'resigned', jobTitle: 'Long' });
      await factories.placement({ survivorId: busy.id, employerId, regionCode: 'riverside', startDate: dateIn(-60), endDate: dateIn(-40), endReason: 'contract_ended', jobTitle: 'Inside' });
      await factories.placement({ survivorId: busy.id, employerId, regionCode: 'riverside', startDate: dateIn(-5), endDate: dateIn(-2), endReason: 'resigned', jobTitle: 'After' });
      const overlapping = (await caseworker.get(`/api/v1/survivors/${busy.id}/timeline`).then(status(200))).body;
      expect(overlapping.placements.map((p: { jobTitle: string; gapBeforeDays: number | null }) => [p.jobTitle, p.gapBeforeDays])).toEqual([
        ['After', 5],
        ['Inside', 0],
        ['Long', null],
      ]);
      expect(overlapping).toMatchObject({ totalTenureDays: 93, currentGapDays: 2, current: null });
    });

    it('reports Kaplan-Meier retention for the organisation, censoring running placements, and exports it as CSV', async () => {
      const org = (await factories.organisation({ kind: 'service_provider', name: 'Retention Org' })).id;
      const { client: reader } = await signIn('caseworker', org);
      const shop = (await factories.employer({ name: '=HYPERLINK("http://x")' })).organisationId;
      // Four placements: ended after 10 and 40 days, running 60 and 400 days.
      for (const [start, end] of [[-100, -90], [-100, -60], [-60, null], [-400, null]] as const) {
        const survivor = await factories.survivor({ organisationId: org });
        await factories.placement({ survivorId: survivor.id, employerId: shop, regionCode: 'riverside', startDate: dateIn(start), endDate: end === null ? null : dateIn(end), endReason: end === null ? null : 'resigned' });
      }
      const report = (await reader.get('/api/v1/retention?groupBy=employer').then(status(200))).body;
      expect(report.overall).toMatchObject({ count: 4, ended: 2, censored: 2, medianDays: 40 });
      // S(30) = 3/4; S(40) = 3/4 * (1 - 1/3) = 1/2, the median; at risk at 90: 1 (the 400-day one); 365: 1.
      expect(report.overall.points).toEqual([
        { day: 30, survival: 0.75, atRisk: 3 },
        { day: 90, survival: 0.5, atRisk: 1 },
        { day: 180, survival: 0.5, atRisk: 1 },
        { day: 365, survival: 0.5, atRisk: 1 },
      ]);
      expect(report.groups).toEqual([expect.objectContaining({ key: shop, count: 4 })]);
      // Another organisation's caseworker sees none of these.
      expect((await caseworker.get('/api/v1/retention?groupBy=employer').then(status(200))).body.groups.map((g: { key: string }) => g.key)).not.toContain(shop);

      const csv = await reader.get('/api/v1/retention?groupBy=employer&format=csv').then(status(200));
      expect(csv.headers['content-type']).toContain('text/csv');
      const lines = csv.text.trim().split('\r\n');
      expect(lines[0]).toBe('group,label,count,ended,still_running,retained_30d,at_risk_30d,retained_90d,at_risk_90d,retained_180d,at_risk_180d,retained_365d,at_risk_365d,median_days');
      expect(lines[2]).toContain(`"'=HYPERLINK(""http://x"")"`);
      expect(lines[1]).toBe('all,All,4,2,2,0.7500,3,0.5000,1,0.5000,1,0.5000,1,40');

      // Across organisations, groups of under five placements are shown only combined.
      const forAdmin = (await admin.get('/api/v1/retention?groupBy=employer').then(status(200))).body;
      expect(forAdmin.groups.every((group: { count: number }) => group.count >= 5)).toBe(true);
      expect(forAdmin.groups.map((group: { key: string }) => group.key)).not.toContain(shop);
      expect(forAdmin.smallGroupsCombined).toBeGreaterThan(0);
      expect(report.smallGroupsCombined).toBe(0);

      await employer.get('/api/v1/retention').then(status(403));
      await reader.get('/api/v1/retention?groupBy=colour').then(status(400));
      await reader.get('/api/v1/retention?from=2026-13-01').then(status(400));
      await reader.get('/api/v1/retention?from=2026-05-01&to=2026-04-01').then(status(400));
      await reader.get('/api/v1/retention?subject=grants&groupBy=sector').then(status(200));
    });
  });
});
