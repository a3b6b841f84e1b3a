import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idempotency-Key: one row per user and key, kept 24 hours (modules/idempotency). Written by
 * hand, in line with IdempotencyKey in idempotency-key.entity.ts.
 */
export class IdempotencyKeys1796410000000 implements MigrationInterface {
  name = 'IdempotencyKeys1796410000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "idempotency_keys" ("user_id" uuid NOT NULL, "key" text NOT NULL, "request_hash" text NOT NULL, "state" text NOT NULL, "attempt_id" uuid NOT NULL, "locked_until" TIMESTAMP WITH TIME ZONE NOT NULL, "response_status" integer, "response_body" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "idempotency_keys_state_check" CHECK (state IN ('in_progress', 'applied', 'completed')), CONSTRAINT "idempotency_keys_pkey" PRIMARY KEY ("user_id", "key"))`,
    );
    await queryRunner.query(`CREATE INDEX "idempotency_keys_created_at_idx" ON "idempotency_keys" ("created_at") `);
    await queryRunner.query(
      `ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "idempotency_keys" DROP CONSTRAINT "idempotency_keys_user_id_fkey"`);
    await queryRunner.query(`DROP INDEX "public"."idempotency_keys_created_at_idx"`);
    await queryRunner.query(`DROP TABLE "idempotency_keys"`);
  }
}
