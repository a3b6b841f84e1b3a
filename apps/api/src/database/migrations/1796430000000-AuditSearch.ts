import { MigrationInterface, QueryRunner } from 'typeorm';

/** An admin searches the audit trail by the record it is about or by who acted. */
export class AuditSearch1796430000000 implements MigrationInterface {
  name = 'AuditSearch1796430000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "audit_events_actor_user_id_idx" ON "audit_events" ("actor_user_id") `);
    await queryRunner.query(`CREATE INDEX "audit_events_subject_id_idx" ON "audit_events" ("subject_id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."audit_events_subject_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_events_actor_user_id_idx"`);
  }
}
