import { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables that hold a survivor's id themselves. */
const HOLDING_SURVIVOR_ID = ['consents', 'applications', 'placements', 'check_ins', 'grant_applications', 'risk_signals', 'flags', 'invitations'];

/** Tables whose rows belong to a survivor through a parent row: the function that finds the survivor. */
const HOLDING_PARENT_ID: Array<[table: string, fn: string]> = [
  ['application_events', 'refuse_change_to_erased_application'],
  ['grant_application_events', 'refuse_change_to_erased_grant_application'],
  ['grant_milestones', 'refuse_change_to_erased_grant_application'],
  ['grant_disbursements', 'refuse_change_to_erased_grant_application'],
  ['flag_events', 'refuse_change_to_erased_flag'],
];

/** Raises SQLSTATE OW409 when `rows` (a query over the transition table) finds an erased survivor. */
const refusal = (fn: string, rows: string) => `
  CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF EXISTS (${rows}) THEN
      RAISE EXCEPTION 'the survivor''s record was erased: % is read-only', TG_TABLE_NAME USING ERRCODE = 'OW409';
    END IF;
    RETURN NULL;
  END
  $$`;

/**
 * Survivors' data rights: when a survivor asked for erasure, and when (and why) their record was
 * erased. Written by hand, not generated: the columns are in SurvivorProfile exactly as here.
 *
 * An erased record is read-only in the database itself, like the audit trail: an UPDATE or
 * DELETE of the erased profile, and an INSERT or UPDATE of any row that belongs to it (consents,
 * applications and their history, placements, check-ins, grant applications with milestones
 * and disbursements, signals, flags and their history, invitations), fails with SQLSTATE OW409,
 * which the API answers with 409 `erased`. Row triggers on the profile fire only for an erased
 * row (WHEN); the others are statement triggers over the changed rows, so a bulk insert or a
 * scan's batch update costs one join, not a lookup per row.
 */
export class DataRights1796400000000 implements MigrationInterface {
  name = 'DataRights1796400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "survivor_profiles" ADD "erasure_requested_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "survivor_profiles" ADD "erased_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "survivor_profiles" ADD "erasure_reason" text`);
    await queryRunner.query(`ALTER TABLE "survivor_profiles" ADD CONSTRAINT "survivor_profiles_erasure_check" CHECK ((erased_at IS NULL) = (erasure_reason IS NULL))`);

    await queryRunner.query(`
      CREATE FUNCTION survivor_profiles_erased_read_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the survivor''s record was erased: % is not allowed', TG_OP USING ERRCODE = 'OW409';
      END
      $$`);
    await queryRunner.query(
      `CREATE TRIGGER survivor_profiles_erased_read_only BEFORE UPDATE OR DELETE ON survivor_profiles FOR EACH ROW WHEN (OLD.erased_at IS NOT NULL) EXECUTE FUNCTION survivor_profiles_erased_read_only()`,
    );

    await queryRunner.query(refusal('refuse_change_to_erased_survivor', `SELECT 1 FROM changed_rows c JOIN survivor_profiles s ON s.id = c.survivor_id WHERE s.erased_at IS NOT NULL`));
    await queryRunner.query(
      refusal('refuse_change_to_erased_application', `SELECT 1 FROM changed_rows c JOIN applications a ON a.id = c.application_id JOIN survivor_profiles s ON s.id = a.survivor_id WHERE s.erased_at IS NOT NULL`),
    );
    await queryRunner.query(
      refusal(
        'refuse_change_to_erased_grant_application',
        `SELECT 1 FROM changed_rows c JOIN grant_applications g ON g.id = c.grant_application_id JOIN survivor_profiles s ON s.id = g.survivor_id WHERE s.erased_at IS NOT NULL`,
      ),
    );
    await queryRunner.query(refusal('refuse_change_to_erased_flag', `SELECT 1 FROM changed_rows c JOIN flags f ON f.id = c.flag_id JOIN survivor_profiles s ON s.id = f.survivor_id WHERE s.erased_at IS NOT NULL`));

    const guarded: Array<[string, string]> = [...HOLDING_SURVIVOR_ID.map((table): [string, string] => [table, 'refuse_change_to_erased_survivor']), ...HOLDING_PARENT_ID];
    for (const [table, fn] of guarded) {
      // A trigger with a transition table takes one event, so INSERT and UPDATE get one each.
      for (const event of ['insert', 'update']) {
        await queryRunner.query(`CREATE TRIGGER ${table}_erased_${event} AFTER ${event.toUpperCase()} ON ${table} REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
      }
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...HOLDING_SURVIVOR_ID, ...HOLDING_PARENT_ID.map(([name]) => name)]) {
      for (const event of ['insert', 'update']) await queryRunner.query(`DROP TRIGGER ${table}_erased_${event} ON ${table}`);
    }
    for (const fn of ['refuse_change_to_erased_flag', 'refuse_change_to_erased_grant_application', 'refuse_change_to_erased_application', 'refuse_change_to_erased_survivor']) {
      await queryRunner.query(`DROP FUNCTION ${fn}()`);
    }
    await queryRunner.query(`DROP TRIGGER survivor_profiles_erased_read_only ON survivor_profiles`);
    await queryRunner.query(`DROP FUNCTION survivor_profiles_erased_read_only()`);
    await queryRunner.query(`ALTER TABLE "survivor_profiles" DROP CONSTRAINT "survivor_profiles_erasure_check"`);
    await queryRunner.query(`ALTER TABLE "survivor_profiles" DROP COLUMN "erasure_reason"`);
    await queryRunner.query(`ALTER TABLE "survivor_profiles" DROP COLUMN "erased_at"`);
    await queryRunner.query(`ALTER TABLE "survivor_profiles" DROP COLUMN "erasure_requested_at"`);
  }
}
