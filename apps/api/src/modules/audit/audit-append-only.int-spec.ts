import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../../testing';
import { AuditService } from './audit.service';

/** The audit trail can be added to and read, never rewritten: the database refuses. */
describe('Audit trail is append-only in the database', () => {
  let t: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    t = await createTestApp({ env: { RUN_WORKERS: 'false' } });
    db = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  it('refuses UPDATE, DELETE and TRUNCATE of audit rows, from the application\'s own connection, and keeps them as written', async () => {
    await t.app.get(AuditService).record({ action: 'test.append_only', outcome: 'success', subjectType: 'survivor', subjectId: 'subject-1' });
    const before = await db.query(`SELECT * FROM audit_events WHERE action = 'test.append_only'`);
    expect(before).toHaveLength(1);

    await expect(db.query(`UPDATE audit_events SET outcome = 'failure' WHERE action = 'test.append_only'`)).rejects.toThrow(/append-only: UPDATE/);
    await expect(db.query(`DELETE FROM audit_events WHERE action = 'test.append_only'`)).rejects.toThrow(/append-only: DELETE/);
    await expect(db.query(`TRUNCATE audit_events`)).rejects.toThrow(/append-only: TRUNCATE/);
    await expect(db.transaction((manager) => manager.query(`UPDATE audit_events SET subject_id = 'someone-else'`))).rejects.toThrow(/append-only/);

    expect(await db.query(`SELECT * FROM audit_events WHERE action = 'test.append_only'`)).toEqual(before);
    // Adding is still allowed.
    await t.app.get(AuditService).record({ action: 'test.append_only', outcome: 'success' });
    expect(await db.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'test.append_only'`)).toEqual([{ n: 2 }]);
  });
});
