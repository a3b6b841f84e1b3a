import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 7's indexes. For the admin's account list: an organisation's accounts by role, and an
 * actor's audit trail by action and time (their last sign-in is the newest `auth.login`
 * success), which also serves every search of the trail by actor, so the single-column index
 * goes. For the caseworker's resolved follow-ups: the bench showed each page reading every flag.
 */
export class OperatorIndexes1796450000000 implements MigrationInterface {
  name = 'OperatorIndexes1796450000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "users_organisation_idx" ON "users" ("organisation_id", "role") `);
    await queryRunner.query(`CREATE INDEX "audit_events_actor_action_idx" ON "audit_events" ("actor_user_id", "action", "occurred_at") `);
    await queryRunner.query(`DROP INDEX "public"."audit_events_actor_user_id_idx"`);
    await queryRunner.query(`CREATE INDEX "flags_resolved_idx" ON "flags" ("organisation_id", "due_at") WHERE status = 'resolved'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."flags_resolved_idx"`);
    await queryRunner.query(`CREATE INDEX "audit_events_actor_user_id_idx" ON "audit_events" ("actor_user_id") `);
    await queryRunner.query(`DROP INDEX "public"."audit_events_actor_action_idx"`);
    await queryRunner.query(`DROP INDEX "public"."users_organisation_idx"`);
  }
}
