import { DataSource } from 'typeorm';
import { createTestApp, queryAsOwner, TestApp } from '../../testing';
import { AuditService } from './audit.service';

/**
 * The audit trail can be added to and read, never rewritten: the application's database role has
 * no UPDATE, DELETE or TRUNCATE on it, and triggers refuse them even to the schema's owner.
 */
describe('Audit trail is append-only in the database', () => {
  let t: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    t = await createTestApp({ env: { RUN_WORKERS: 'false' } });
    db = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  const written = () => queryAsOwner(t.db, `SELECT * FROM audit_events WHERE action = 'test.append_only'`);

  it("runs the application as a role that owns nothing it could use to rewrite the trail", async () => {
    const [{ user, owner }] = await db.query(`SELECT current_user AS user, (SELECT tableowner FROM pg_tables WHERE tablename = 'audit_events') AS owner`);
    expect(user).toBe('onward_app');
    expect(owner).not.toBe('onward_app');
    await expect(db.query(`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_change`)).rejects.toThrow(/must be owner/);
    await expect(db.query(`DROP TRIGGER audit_events_no_change ON audit_events`)).rejects.toThrow(/must be owner/);
    await expect(db.query(`SELECT * FROM migrations`)).rejects.toThrow(/permission denied/);
  });

  it("lets the application add and read audit rows, and refuses it UPDATE, DELETE and TRUNCATE", async () => {
    await t.app.get(AuditService).record({ action: 'test.append_only', outcome: 'success', subjectType: 'survivor', subjectId: 'subject-1' });
    const before = await written();
    expect(before).toHaveLength(1);
    expect(await db.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'test.append_only'`)).toEqual([{ n: 1 }]);

    await expect(db.query(`UPDATE audit_events SET outcome = 'failure' WHERE action = 'test.append_only'`)).rejects.toThrow(/permission denied/);
    await expect(db.query(`DELETE FROM audit_events WHERE action = 'test.append_only'`)).rejects.toThrow(/permission denied/);
    await expect(db.query(`TRUNCATE audit_events`)).rejects.toThrow(/permission denied/);
    expect(await written()).toEqual(before);
  });

  it('refuses UPDATE, DELETE and TRUNCATE even to the owner of the schema, through the triggers', async () => {
    const before = await written();
    await expect(queryAsOwner(t.db, `UPDATE audit_events SET outcome = 'failure' WHERE action = 'test.append_only'`)).rejects.toThrow(/append-only: UPDATE/);
    await expect(queryAsOwner(t.db, `DELETE FROM audit_events WHERE action = 'test.append_only'`)).rejects.toThrow(/append-only: DELETE/);
    await expect(queryAsOwner(t.db, `TRUNCATE audit_events`)).rejects.toThrow(/append-only: TRUNCATE/);
    expect(await written()).toEqual(before);
  });
});
