import { MigrationInterface, QueryRunner } from 'typeorm';

export class SurvivorsApplicationsPlacementsGrants1796000000000 implements MigrationInterface {
  name = 'SurvivorsApplicationsPlacementsGrants1796000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "survivor_profiles" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "caseworker_id" uuid, "user_id" uuid, "pseudonym" text NOT NULL, "sealed_personal" text NOT NULL, "personal_key_id" text NOT NULL, "skills" jsonb NOT NULL, "skill_codes" text array NOT NULL, "languages" jsonb NOT NULL, "language_codes" text array NOT NULL, "region_code" text, "hours_per_week" integer, "shifts" text array NOT NULL, "workplace" text NOT NULL, "preferred_sectors" text array NOT NULL, "minimum_hourly_wage_minor" integer, "excluded_region_codes" text array NOT NULL, "excluded_employer_ids" uuid array NOT NULL, "excluded_sectors" text array NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "survivor_profiles_wage_check" CHECK (minimum_hourly_wage_minor IS NULL OR minimum_hourly_wage_minor >= 0), CONSTRAINT "survivor_profiles_hours_check" CHECK (hours_per_week IS NULL OR hours_per_week BETWEEN 1 AND 60), CONSTRAINT "survivor_profiles_workplace_check" CHECK (workplace IN ('on_site', 'remote', 'either')), CONSTRAINT "PK_b4ec65cb92cbe62a30d0b9032fa" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "survivor_profiles_user_idx" ON "survivor_profiles"  ("user_id") WHERE user_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "survivor_profiles_caseworker_idx" ON "survivor_profiles"  ("caseworker_id") `);
    await queryRunner.query(`CREATE INDEX "survivor_profiles_organisation_idx" ON "survivor_profiles"  ("organisation_id", "region_code") `);
    await queryRunner.query(`CREATE TABLE "applications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "survivor_id" uuid NOT NULL, "job_id" uuid NOT NULL, "employer_id" uuid NOT NULL, "status" text NOT NULL, "message" text, "submitted_by_id" uuid, "survivor_agreement" text, "status_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "applications_status_check" CHECK (status IN ('submitted', 'shared', 'interview', 'offer', 'hired', 'declined', 'withdrawn')), CONSTRAINT "PK_938c0a27255637bde919591888f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "applications_open_unique" ON "applications"  ("survivor_id", "job_id") WHERE status NOT IN ('declined', 'withdrawn')`);
    await queryRunner.query(`CREATE INDEX "applications_job_idx" ON "applications"  ("job_id", "status") `);
    await queryRunner.query(`CREATE INDEX "applications_employer_idx" ON "applications"  ("employer_id", "status") `);
    await queryRunner.query(`CREATE INDEX "applications_survivor_idx" ON "applications"  ("survivor_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "application_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "sequence" SERIAL NOT NULL, "application_id" uuid NOT NULL, "from_status" text, "to_status" text NOT NULL, "actor_user_id" uuid, "actor_role" text, "note" text, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_fd185969787381d8bf8c529bc00" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "application_events_application_idx" ON "application_events"  ("application_id", "sequence") `);
    await queryRunner.query(`CREATE TABLE "grant_applications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "survivor_id" uuid NOT NULL, "programme_id" uuid NOT NULL, "status" text NOT NULL, "business_plan" text NOT NULL, "requested_minor" integer NOT NULL, "currency" text NOT NULL, "awarded_minor" integer, "decision_note" text, "decided_at" TIMESTAMP WITH TIME ZONE, "decided_by_id" uuid, "submitted_by_id" uuid, "status_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "grant_applications_amount_check" CHECK (requested_minor > 0 AND (awarded_minor IS NULL OR awarded_minor > 0)), CONSTRAINT "grant_applications_status_check" CHECK (status IN ('submitted', 'in_review', 'awarded', 'declined', 'withdrawn')), CONSTRAINT "PK_558f554a6a90a6b35621e0f1a96" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "grant_applications_open_unique" ON "grant_applications"  ("survivor_id", "programme_id") WHERE status NOT IN ('declined', 'withdrawn')`);
    await queryRunner.query(`CREATE INDEX "grant_applications_programme_idx" ON "grant_applications"  ("programme_id", "status") `);
    await queryRunner.query(`CREATE INDEX "grant_applications_survivor_idx" ON "grant_applications"  ("survivor_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "grant_application_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "sequence" SERIAL NOT NULL, "grant_application_id" uuid NOT NULL, "from_status" text, "to_status" text NOT NULL, "actor_user_id" uuid, "actor_role" text, "note" text, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_72e56c3865ce5c68d004dae31c4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "grant_application_events_application_idx" ON "grant_application_events"  ("grant_application_id", "sequence") `);
    await queryRunner.query(`CREATE TABLE "grant_milestones" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "grant_application_id" uuid NOT NULL, "position" integer NOT NULL, "title" text NOT NULL, "due_date" date NOT NULL, "tranche_minor" integer NOT NULL, "status" text NOT NULL, "status_note" text, "status_changed_at" TIMESTAMP WITH TIME ZONE, "status_changed_by_id" uuid, CONSTRAINT "grant_milestones_tranche_check" CHECK (tranche_minor >= 0), CONSTRAINT "grant_milestones_status_check" CHECK (status IN ('pending', 'met', 'missed')), CONSTRAINT "PK_693623a209d86ee261735601a0d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "grant_milestones_due_idx" ON "grant_milestones"  ("status", "due_date") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "grant_milestones_application_idx" ON "grant_milestones"  ("grant_application_id", "position") `);
    await queryRunner.query(`CREATE TABLE "grant_disbursements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "grant_application_id" uuid NOT NULL, "milestone_id" uuid NOT NULL, "amount_minor" integer NOT NULL, "paid_on" date NOT NULL, "reference" text, "recorded_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "grant_disbursements_amount_check" CHECK (amount_minor > 0), CONSTRAINT "PK_2bddc309cf68a1b37f44c3c1c63" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "grant_disbursements_application_idx" ON "grant_disbursements"  ("grant_application_id", "paid_on") `);
    await queryRunner.query(`CREATE TABLE "placements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "survivor_id" uuid NOT NULL, "application_id" uuid, "job_id" uuid NOT NULL, "employer_id" uuid NOT NULL, "start_date" date NOT NULL, "wage_minor" integer NOT NULL, "wage_currency" text NOT NULL, "wage_period" text NOT NULL, "hours_per_week" integer NOT NULL, "end_date" date, "end_reason" text, "end_note" text, "ended_by_role" text, "ended_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "placements_hours_check" CHECK (hours_per_week BETWEEN 1 AND 60), CONSTRAINT "placements_wage_period_check" CHECK (wage_period IN ('hour', 'week', 'month', 'year')), CONSTRAINT "placements_end_reason_check" CHECK (end_reason IS NULL OR end_reason IN ('resigned', 'dismissed', 'contract_ended', 'employer_suspended', 'unsafe', 'other')), CONSTRAINT "placements_end_after_start_check" CHECK (end_date IS NULL OR end_date >= start_date), CONSTRAINT "placements_end_check" CHECK ((end_date IS NULL) = (end_reason IS NULL)), CONSTRAINT "PK_91cca43a1baa03ee278d7be74da" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "placements_application_idx" ON "placements"  ("application_id") WHERE application_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "placements_employer_idx" ON "placements"  ("employer_id", "start_date") `);
    await queryRunner.query(`CREATE INDEX "placements_survivor_idx" ON "placements"  ("survivor_id", "start_date") `);
    await queryRunner.query(`CREATE TABLE "consents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "survivor_id" uuid NOT NULL, "employer_id" uuid NOT NULL, "application_id" uuid, "fields" text array NOT NULL, "granted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "granted_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9efc68eb6aba7d638fb6ea034dd" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "consents_employer_idx" ON "consents"  ("employer_id", "survivor_id") `);
    await queryRunner.query(`CREATE INDEX "consents_survivor_idx" ON "consents"  ("survivor_id", "granted_at") `);
    await queryRunner.query(`ALTER TABLE "jobs" ADD "shifts" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "invitations" ADD "survivor_id" uuid`);
    await queryRunner.query(`ALTER TABLE "survivor_profiles" ADD CONSTRAINT "FK_460db6db549bf2f90c6131b35cf" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "survivor_profiles" ADD CONSTRAINT "FK_4a4d30a65a18acfacc3e6d84e43" FOREIGN KEY ("caseworker_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "survivor_profiles" ADD CONSTRAINT "FK_907aebe882e85c2a28ffc1d3bba" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "survivor_profiles" ADD CONSTRAINT "FK_0d69b26b1bfa9c9fb2ba514270f" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "applications" ADD CONSTRAINT "FK_6eeaa9bcd4e8a2a8c718b3fffb9" FOREIGN KEY ("survivor_id") REFERENCES "survivor_profiles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "applications" ADD CONSTRAINT "FK_8aba14d7f098c23ba06d8693235" FOREIGN KEY ("job_id") REFERENCES "jobs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "applications" ADD CONSTRAINT "FK_e5a44b4841414bd1df10ca55dec" FOREIGN KEY ("employer_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "application_events" ADD CONSTRAINT "FK_58159d663fba2a48144c5ed3f4d" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "grant_applications" ADD CONSTRAINT "FK_9617efffa7cc8a37e2a7d87efa5" FOREIGN KEY ("survivor_id") REFERENCES "survivor_profiles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "grant_applications" ADD CONSTRAINT "FK_e092ab9d30a126beedca6fda6cf" FOREIGN KEY ("programme_id") REFERENCES "grant_programmes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "grant_application_events" ADD CONSTRAINT "FK_cfe10727939125223620bfcd993" FOREIGN KEY ("grant_application_id") REFERENCES "grant_applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "grant_milestones" ADD CONSTRAINT "FK_42cf965733d58ff23b17c721634" FOREIGN KEY ("grant_application_id") REFERENCES "grant_applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "grant_disbursements" ADD CONSTRAINT "FK_d2f913031fc6f9804eca675e1d9" FOREIGN KEY ("grant_application_id") REFERENCES "grant_applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "grant_disbursements" ADD CONSTRAINT "FK_0d3c8e986082a781678baa40e0d" FOREIGN KEY ("milestone_id") REFERENCES "grant_milestones"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "placements" ADD CONSTRAINT "FK_fc79215d7c260dab0c103ee3b52" FOREIGN KEY ("survivor_id") REFERENCES "survivor_profiles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "placements" ADD CONSTRAINT "FK_642cd21ae8a022a801ce685b91d" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "placements" ADD CONSTRAINT "FK_a567d2b41995f7b6fcf56e96e83" FOREIGN KEY ("job_id") REFERENCES "jobs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "placements" ADD CONSTRAINT "FK_345d54f8326a195fb2e04999084" FOREIGN KEY ("employer_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "consents" ADD CONSTRAINT "FK_4098fa31f99af6d8c532c766e6c" FOREIGN KEY ("survivor_id") REFERENCES "survivor_profiles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "consents" ADD CONSTRAINT "FK_0d20a90a70cc9d722d0abd98923" FOREIGN KEY ("employer_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);    // Candidate retrieval (written by hand: TypeORM cannot declare GIN indexes). Survivors for a
    // job are found by the overlap of their skill codes with the job's required skills, and jobs
    // for a survivor the other way round.
    await queryRunner.query(`CREATE INDEX "survivor_profiles_skill_codes_idx" ON "survivor_profiles" USING gin ("skill_codes")`);
    await queryRunner.query(`CREATE INDEX "jobs_required_skills_idx" ON "jobs" USING gin ("required_skills")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."jobs_required_skills_idx"`);
    await queryRunner.query(`DROP INDEX "public"."survivor_profiles_skill_codes_idx"`);
    await queryRunner.query(`ALTER TABLE "consents" DROP CONSTRAINT "FK_0d20a90a70cc9d722d0abd98923"`);
    await queryRunner.query(`ALTER TABLE "consents" DROP CONSTRAINT "FK_4098fa31f99af6d8c532c766e6c"`);
    await queryRunner.query(`ALTER TABLE "placements" DROP CONSTRAINT "FK_345d54f8326a195fb2e04999084"`);
    await queryRunner.query(`ALTER TABLE "placements" DROP CONSTRAINT "FK_a567d2b41995f7b6fcf56e96e83"`);
    await queryRunner.query(`ALTER TABLE "placements" DROP CONSTRAINT "FK_642cd21ae8a022a801ce685b91d"`);
    await queryRunner.query(`ALTER TABLE "placements" DROP CONSTRAINT "FK_fc79215d7c260dab0c103ee3b52"`);
    await queryRunner.query(`ALTER TABLE "grant_disbursements" DROP CONSTRAINT "FK_0d3c8e986082a781678baa40e0d"`);
    await queryRunner.query(`ALTER TABLE "grant_disbursements" DROP CONSTRAINT "FK_d2f913031fc6f9804eca675e1d9"`);
    await queryRunner.query(`ALTER TABLE "grant_milestones" DROP CONSTRAINT "FK_42cf965733d58ff23b17c721634"`);
    await queryRunner.query(`ALTER TABLE "grant_application_events" DROP CONSTRAINT "FK_cfe10727939125223620bfcd993"`);
    await queryRunner.query(`ALTER TABLE "grant_applications" DROP CONSTRAINT "FK_e092ab9d30a126beedca6fda6cf"`);
    await queryRunner.query(`ALTER TABLE "grant_applications" DROP CONSTRAINT "FK_9617efffa7cc8a37e2a7d87efa5"`);
    await queryRunner.query(`ALTER TABLE "application_events" DROP CONSTRAINT "FK_58159d663fba2a48144c5ed3f4d"`);
    await queryRunner.query(`ALTER TABLE "applications" DROP CONSTRAINT "FK_e5a44b4841414bd1df10ca55dec"`);
    await queryRunner.query(`ALTER TABLE "applications" DROP CONSTRAINT "FK_8aba14d7f098c23ba06d8693235"`);
    await queryRunner.query(`ALTER TABLE "applications" DROP CONSTRAINT "FK_6eeaa9bcd4e8a2a8c718b3fffb9"`);
    await queryRunner.query(`ALTER TABLE "survivor_profiles" DROP CONSTRAINT "FK_0d69b26b1bfa9c9fb2ba514270f"`);
    await queryRunner.query(`ALTER TABLE "survivor_profiles" DROP CONSTRAINT "FK_907aebe882e85c2a28ffc1d3bba"`);
    await queryRunner.query(`ALTER TABLE "survivor_profiles" DROP CONSTRAINT "FK_4a4d30a65a18acfacc3e6d84e43"`);
    await queryRunner.query(`ALTER TABLE "survivor_profiles" DROP CONSTRAINT "FK_460db6db549bf2f90c6131b35cf"`);
    await queryRunner.query(`ALTER TABLE "invitations" DROP COLUMN "survivor_id"`);
    await queryRunner.query(`ALTER TABLE "jobs" DROP COLUMN "shifts"`);
    await queryRunner.query(`DROP INDEX "public"."consents_survivor_idx"`);
    await queryRunner.query(`DROP INDEX "public"."consents_employer_idx"`);
    await queryRunner.query(`DROP TABLE "consents"`);
    await queryRunner.query(`DROP INDEX "public"."placements_survivor_idx"`);
    await queryRunner.query(`DROP INDEX "public"."placements_employer_idx"`);
    await queryRunner.query(`DROP INDEX "public"."placements_application_idx"`);
    await queryRunner.query(`DROP TABLE "placements"`);
    await queryRunner.query(`DROP INDEX "public"."grant_disbursements_application_idx"`);
    await queryRunner.query(`DROP TABLE "grant_disbursements"`);
    await queryRunner.query(`DROP INDEX "public"."grant_milestones_application_idx"`);
    await queryRunner.query(`DROP INDEX "public"."grant_milestones_due_idx"`);
    await queryRunner.query(`DROP TABLE "grant_milestones"`);
    await queryRunner.query(`DROP INDEX "public"."grant_application_events_application_idx"`);
    await queryRunner.query(`DROP TABLE "grant_application_events"`);
    await queryRunner.query(`DROP INDEX "public"."grant_applications_survivor_idx"`);
    await queryRunner.query(`DROP INDEX "public"."grant_applications_programme_idx"`);
    await queryRunner.query(`DROP INDEX "public"."grant_applications_open_unique"`);
    await queryRunner.query(`DROP TABLE "grant_applications"`);
    await queryRunner.query(`DROP INDEX "public"."application_events_application_idx"`);
    await queryRunner.query(`DROP TABLE "application_events"`);
    await queryRunner.query(`DROP INDEX "public"."applications_survivor_idx"`);
    await queryRunner.query(`DROP INDEX "public"."applications_employer_idx"`);
    await queryRunner.query(`DROP INDEX "public"."applications_job_idx"`);
    await queryRunner.query(`DROP INDEX "public"."applications_open_unique"`);
    await queryRunner.query(`DROP TABLE "applications"`);
    await queryRunner.query(`DROP INDEX "public"."survivor_profiles_organisation_idx"`);
    await queryRunner.query(`DROP INDEX "public"."survivor_profiles_caseworker_idx"`);
    await queryRunner.query(`DROP INDEX "public"."survivor_profiles_user_idx"`);
    await queryRunner.query(`DROP TABLE "survivor_profiles"`);
  }
}
