import { MigrationInterface, QueryRunner } from 'typeorm';

export class CheckInsRiskFlags1796200000000 implements MigrationInterface {
  name = 'CheckInsRiskFlags1796200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "check_ins" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "placement_id" uuid NOT NULL, "survivor_id" uuid NOT NULL, "day_offset" integer NOT NULL, "due_on" date NOT NULL, "status" text NOT NULL DEFAULT 'scheduled', "reminded_at" TIMESTAMP WITH TIME ZONE, "answers" jsonb, "note" text, "answered_at" TIMESTAMP WITH TIME ZONE, "answered_by_role" text, "answered_by_id" uuid, "missed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "check_ins_placement_day_key" UNIQUE ("placement_id", "day_offset"), CONSTRAINT "check_ins_answered_check" CHECK ((status = 'answered') = (answers IS NOT NULL)), CONSTRAINT "check_ins_status_check" CHECK (status IN ('scheduled', 'due', 'answered', 'missed', 'cancelled')), CONSTRAINT "PK_fac7f27bc829a454ad477c13f62" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "check_ins_due_idx" ON "check_ins"  ("due_on") WHERE status = 'due'`);
    await queryRunner.query(`CREATE INDEX "check_ins_scheduled_idx" ON "check_ins"  ("due_on") WHERE status = 'scheduled'`);
    await queryRunner.query(`CREATE INDEX "check_ins_survivor_idx" ON "check_ins"  ("survivor_id", "due_on") `);
    await queryRunner.query(`CREATE TABLE "flags" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "survivor_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "assigned_to_id" uuid, "level" text NOT NULL, "score" integer NOT NULL, "reasons" jsonb NOT NULL, "status" text NOT NULL DEFAULT 'open', "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL, "acknowledged_at" TIMESTAMP WITH TIME ZONE, "escalated_at" TIMESTAMP WITH TIME ZONE, "resolved_at" TIMESTAMP WITH TIME ZONE, "outcome" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "flags_resolved_check" CHECK ((status = 'resolved') = (resolved_at IS NOT NULL AND outcome IS NOT NULL)), CONSTRAINT "flags_status_check" CHECK (status IN ('open', 'acknowledged', 'in_progress', 'resolved')), CONSTRAINT "flags_level_check" CHECK (level IN ('low', 'medium', 'high', 'critical')), CONSTRAINT "PK_ea7e333c92a55de9e9b8d0b9afd" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "flags_survivor_idx" ON "flags"  ("survivor_id", "opened_at") `);
    await queryRunner.query(`CREATE INDEX "flags_escalation_idx" ON "flags"  ("due_at") WHERE status <> 'resolved' AND escalated_at IS NULL`);
    await queryRunner.query(`CREATE INDEX "flags_queue_idx" ON "flags"  ("organisation_id", "due_at") WHERE status <> 'resolved'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "flags_one_unresolved_key" ON "flags"  ("survivor_id") WHERE status <> 'resolved'`);
    await queryRunner.query(`CREATE TABLE "flag_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "sequence" BIGSERIAL NOT NULL, "flag_id" uuid NOT NULL, "type" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_id" uuid, "level" text, "signal_type" text, "note" text, CONSTRAINT "PK_505ff35b63e063c242e37120b0a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "flag_events_flag_idx" ON "flag_events"  ("flag_id", "sequence") `);
    await queryRunner.query(`CREATE TABLE "risk_signals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "survivor_id" uuid NOT NULL, "type" text NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "source_type" text NOT NULL, "source_id" uuid, "flag_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_35e1dd1b73eb880456f17820cf4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "risk_signals_flag_idx" ON "risk_signals"  ("flag_id") `);
    await queryRunner.query(`CREATE INDEX "risk_signals_survivor_idx" ON "risk_signals"  ("survivor_id", "occurred_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "risk_signals_source_key" ON "risk_signals"  ("survivor_id", "type", "source_id") WHERE source_id IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "users" ADD "is_supervisor" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "grant_applications" ADD "trading_ended_on" date`);
    await queryRunner.query(`ALTER TABLE "outbound_emails" ADD "from_address" text`);
    await queryRunner.query(`ALTER TABLE "check_ins" ADD CONSTRAINT "FK_52c422c834ff29a438e3821539e" FOREIGN KEY ("placement_id") REFERENCES "placements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "check_ins" ADD CONSTRAINT "FK_49f4b6bc5f746b3c7f4f5a1d579" FOREIGN KEY ("survivor_id") REFERENCES "survivor_profiles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "flags" ADD CONSTRAINT "FK_c5a0c1a2a3d51cdebda6a98f3d1" FOREIGN KEY ("survivor_id") REFERENCES "survivor_profiles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "flags" ADD CONSTRAINT "FK_b8406393aa32a7a5d16244ff74c" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "flags" ADD CONSTRAINT "FK_3bcccf4f05d75bbfa663ca4a2ad" FOREIGN KEY ("assigned_to_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "flag_events" ADD CONSTRAINT "FK_4fe3f4be4a03ddbae0e796a0878" FOREIGN KEY ("flag_id") REFERENCES "flags"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "flag_events" ADD CONSTRAINT "FK_1ae6212c96074606aab460fb703" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "risk_signals" ADD CONSTRAINT "FK_59591ee8465772a5bca85106d2c" FOREIGN KEY ("survivor_id") REFERENCES "survivor_profiles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "risk_signals" ADD CONSTRAINT "FK_758af7d9437ab0ea8e8adf5560c" FOREIGN KEY ("flag_id") REFERENCES "flags"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "risk_signals" DROP CONSTRAINT "FK_758af7d9437ab0ea8e8adf5560c"`);
    await queryRunner.query(`ALTER TABLE "risk_signals" DROP CONSTRAINT "FK_59591ee8465772a5bca85106d2c"`);
    await queryRunner.query(`ALTER TABLE "flag_events" DROP CONSTRAINT "FK_1ae6212c96074606aab460fb703"`);
    await queryRunner.query(`ALTER TABLE "flag_events" DROP CONSTRAINT "FK_4fe3f4be4a03ddbae0e796a0878"`);
    await queryRunner.query(`ALTER TABLE "flags" DROP CONSTRAINT "FK_3bcccf4f05d75bbfa663ca4a2ad"`);
    await queryRunner.query(`ALTER TABLE "flags" DROP CONSTRAINT "FK_b8406393aa32a7a5d16244ff74c"`);
    await queryRunner.query(`ALTER TABLE "flags" DROP CONSTRAINT "FK_c5a0c1a2a3d51cdebda6a98f3d1"`);
    await queryRunner.query(`ALTER TABLE "check_ins" DROP CONSTRAINT "FK_49f4b6bc5f746b3c7f4f5a1d579"`);
    await queryRunner.query(`ALTER TABLE "check_ins" DROP CONSTRAINT "FK_52c422c834ff29a438e3821539e"`);
    await queryRunner.query(`ALTER TABLE "outbound_emails" DROP COLUMN "from_address"`);
    await queryRunner.query(`ALTER TABLE "grant_applications" DROP COLUMN "trading_ended_on"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "is_supervisor"`);
    await queryRunner.query(`DROP INDEX "public"."risk_signals_source_key"`);
    await queryRunner.query(`DROP INDEX "public"."risk_signals_survivor_idx"`);
    await queryRunner.query(`DROP INDEX "public"."risk_signals_flag_idx"`);
    await queryRunner.query(`DROP TABLE "risk_signals"`);
    await queryRunner.query(`DROP INDEX "public"."flag_events_flag_idx"`);
    await queryRunner.query(`DROP TABLE "flag_events"`);
    await queryRunner.query(`DROP INDEX "public"."flags_one_unresolved_key"`);
    await queryRunner.query(`DROP INDEX "public"."flags_queue_idx"`);
    await queryRunner.query(`DROP INDEX "public"."flags_escalation_idx"`);
    await queryRunner.query(`DROP INDEX "public"."flags_survivor_idx"`);
    await queryRunner.query(`DROP TABLE "flags"`);
    await queryRunner.query(`DROP INDEX "public"."check_ins_survivor_idx"`);
    await queryRunner.query(`DROP INDEX "public"."check_ins_scheduled_idx"`);
    await queryRunner.query(`DROP INDEX "public"."check_ins_due_idx"`);
    await queryRunner.query(`DROP TABLE "check_ins"`);
  }
}
