import { createTestApp, Factories, TestApp } from '@onward/api/testing';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ERASED_RECORD_SQLSTATE } from '../../common/errors/domain.exception';
import { PersonalDataKeyRotation } from '../survivors/key-rotation';

/**
 * An erased record is read-only in the database itself (migration DataRights1796400000000):
 * whatever sends the statement, the API's routes or a job, a change to the profile or to any
 * row that belongs to it fails with SQLSTATE OW409, while other survivors' rows are untouched.
 */
describe('Erased records in the database', () => {
  let t: TestApp;
  let db: DataSource;
  let factories: Factories;

  beforeAll(async () => {
    t = await createTestApp({ env: { RUN_WORKERS: 'false' } });
    db = t.app.get(DataSource);
    factories = new Factories(t.app);
  });
  afterAll(() => t.close());

  const refused = (sql: string, params: unknown[]) => expect(db.query(sql, params)).rejects.toMatchObject({ driverError: expect.objectContaining({ code: ERASED_RECORD_SQLSTATE }) });

  it('keeps SurvivorProfile exactly as the hand-written migration made the table', async () => {
    const { upQueries } = await db.driver.createSchemaBuilder().log();
    expect(upQueries.map((query) => query.query).filter((query) => query.includes('survivor_profiles'))).toEqual([]);
  });

  it('refuses any change to an erased profile and to the rows that belong to it, and lets others be', async () => {
    await factories.region({ code: 'riverside' });
    const organisationId = (await factories.organisation()).id;
    const employerId = (await factories.employer()).organisationId;
    const erased = await factories.survivor({ organisationId });
    const placement = await factories.placement({ survivorId: erased.id, employerId, regionCode: 'riverside' });
    const [application] = await db.query(
      `INSERT INTO applications (survivor_id, job_id, employer_id, status, status_changed_at) VALUES ($1, $2, $3, 'submitted', now()) RETURNING id`,
      [erased.id, placement.jobId, employerId],
    );
    const [flag] = await db.query(
      `INSERT INTO flags (survivor_id, organisation_id, level, score, reasons, status, due_at, opened_at, resolved_at, outcome) VALUES ($1, $2, 'low', 1, '[]', 'resolved', now(), now(), now(), 'other') RETURNING id`,
      [erased.id, organisationId],
    );
    await db.query(`UPDATE survivor_profiles SET erased_at = now(), erasure_reason = 'test' WHERE id = $1`, [erased.id]);

    await refused(`UPDATE survivor_profiles SET pseudonym = 'Back' WHERE id = $1`, [erased.id]);
    await refused(`DELETE FROM survivor_profiles WHERE id = $1`, [erased.id]);
    await refused(`UPDATE placements SET end_note = 'x' WHERE id = $1`, [placement.id]);
    await refused(`UPDATE check_ins SET status = 'due' WHERE survivor_id = $1`, [erased.id]);
    await refused(`INSERT INTO consents (survivor_id, employer_id, fields, granted_at, expires_at) VALUES ($1, $2, '{skills}', now(), now() + interval '1 day')`, [erased.id, employerId]);
    await refused(`INSERT INTO risk_signals (survivor_id, type, occurred_at, source_type) VALUES ($1, 'alarm', now(), 'alarm')`, [erased.id]);
    await refused(`INSERT INTO application_events (application_id, to_status, occurred_at) VALUES ($1, 'withdrawn', now())`, [application.id]);
    await refused(`INSERT INTO flag_events (flag_id, type, at, note) VALUES ($1, 'note', now(), 'x')`, [flag.id]);
    await refused(`INSERT INTO invitations (email, role, organisation_id, token_hash, expires_at, survivor_id) VALUES ('a@example.org', 'survivor', $1, $2, now(), $3)`, [
      organisationId,
      randomBytes(16).toString('hex'),
      erased.id,
    ]);
    // One statement touching an erased survivor's row among others fails whole.
    const other = await factories.survivor({ organisationId });
    await refused(`UPDATE check_ins SET note = 'x' WHERE survivor_id = ANY($1::uuid[])`, [[erased.id, other.id]]);
    await db.query(`UPDATE survivor_profiles SET pseudonym = 'Still editable' WHERE id = $1`, [other.id]);
    expect(await db.query(`SELECT pseudonym FROM survivor_profiles WHERE id = $1`, [other.id])).toEqual([{ pseudonym: 'Still editable' }]);
  });

  it('leaves erased records out of key rotation: they hold nothing sealed', async () => {
    const organisationId = (await factories.organisation()).id;
    const erased = await factories.survivor({ organisationId });
    await db.query(`UPDATE survivor_profiles SET sealed_personal = '', personal_key_id = '', erased_at = now(), erasure_reason = 'test' WHERE id = $1`, [erased.id]);
    const rotation = t.app.get(PersonalDataKeyRotation);
    expect(await rotation.countByKey()).not.toHaveProperty('');
    await expect(rotation.run()).resolves.toEqual({ resealed: 0 });
  });
});
