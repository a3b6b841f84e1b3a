import { MigrationInterface, QueryRunner } from 'typeorm';
import { SKILL_GROUPS_V1, SKILLS_V1 } from './data/skills-taxonomy-v1';

export class EmployersJobsGrants1795900000000 implements MigrationInterface {
  name = 'EmployersJobsGrants1795900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "concern_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "employer_id" uuid NOT NULL, "category" text NOT NULL, "details" text NOT NULL, "status" text NOT NULL, "held_publication" boolean NOT NULL, "reporter_user_id" uuid, "reporter_role" text, "reporter_organisation_id" uuid, "reported_at" TIMESTAMP WITH TIME ZONE NOT NULL, "reviewed_by_id" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "review_note" text, CONSTRAINT "concern_reports_status_check" CHECK (status IN ('open', 'upheld', 'dismissed')), CONSTRAINT "PK_9430b4f1f6d2bbb86ee52ac5f17" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "concern_reports_employer_idx" ON "concern_reports"  ("employer_id") `);
    await queryRunner.query(`CREATE INDEX "concern_reports_status_idx" ON "concern_reports"  ("status", "reported_at") `);
    await queryRunner.query(`CREATE TABLE "employer_profiles" ("organisation_id" uuid NOT NULL, "legal_name" text NOT NULL, "registration_number" text NOT NULL, "sector" text NOT NULL, "regions" text array NOT NULL, "contact_name" text NOT NULL, "contact_email" text NOT NULL, "contact_phone" text NOT NULL, "vetting_status" text NOT NULL, "vetted_until" TIMESTAMP WITH TIME ZONE, "status_reason" text, "status_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "employer_profiles_vetted_until_check" CHECK (vetting_status <> 'vetted' OR vetted_until IS NOT NULL), CONSTRAINT "employer_profiles_status_check" CHECK (vetting_status IN ('pending', 'in_review', 'vetted', 'rejected', 'suspended')), CONSTRAINT "PK_7010c56e112f33b3b694ecba1a3" PRIMARY KEY ("organisation_id"))`);
    await queryRunner.query(`CREATE INDEX "employer_profiles_vetting_status_idx" ON "employer_profiles"  ("vetting_status") `);
    await queryRunner.query(`CREATE TABLE "vetting_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "employer_id" uuid NOT NULL, "from_status" text, "to_status" text NOT NULL, "actor_user_id" uuid, "reason" text, "checklist" jsonb, "vetted_until" TIMESTAMP WITH TIME ZONE, "concern_id" uuid, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "sequence" SERIAL NOT NULL, CONSTRAINT "PK_265c947b748af7f2bd0ab7fda0d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "vetting_events_employer_idx" ON "vetting_events"  ("employer_id", "occurred_at") `);
    await queryRunner.query(`CREATE TABLE "regions" ("code" text NOT NULL, "name" text NOT NULL, "hourly_wage_floor_minor" integer NOT NULL, "currency" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "regions_floor_check" CHECK (hourly_wage_floor_minor >= 0), CONSTRAINT "regions_currency_check" CHECK (currency ~ '^[A-Z]{3}$'), CONSTRAINT "regions_code_check" CHECK (code ~ '^[a-z0-9_-]{2,40}$'), CONSTRAINT "PK_4f6dc5a464961e7c65a395ea4c6" PRIMARY KEY ("code"))`);
    await queryRunner.query(`CREATE TABLE "grant_programmes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "funder_id" uuid NOT NULL, "title" text NOT NULL, "description" text NOT NULL, "amount_min_minor" integer NOT NULL, "amount_max_minor" integer NOT NULL, "currency" text NOT NULL, "eligibility" text NOT NULL, "required_documents" text array NOT NULL, "sector" text, "region_code" text, "deadline" date, "status" text NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "grant_programmes_currency_check" CHECK (currency ~ '^[A-Z]{3}$'), CONSTRAINT "grant_programmes_amount_check" CHECK (amount_min_minor >= 0 AND amount_max_minor >= amount_min_minor), CONSTRAINT "grant_programmes_status_check" CHECK (status IN ('draft', 'open', 'closed')), CONSTRAINT "PK_c334f709ed632ee29dc6395af53" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "grant_programmes_funder_idx" ON "grant_programmes"  ("funder_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "jobs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "employer_id" uuid NOT NULL, "title" text NOT NULL, "description" text NOT NULL, "required_skills" text array NOT NULL, "preferred_skills" text array NOT NULL, "sector" text NOT NULL, "region_code" text NOT NULL, "remote" boolean NOT NULL, "wage_minor" integer NOT NULL, "wage_currency" text NOT NULL, "wage_period" text NOT NULL, "hours_per_week" integer NOT NULL, "hourly_wage_minor" integer NOT NULL, "languages" text array NOT NULL, "training_offered" text, "accommodations" text, "start_date" date, "closing_date" date, "status" text NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "jobs_currency_check" CHECK (wage_currency ~ '^[A-Z]{3}$'), CONSTRAINT "jobs_hours_check" CHECK (hours_per_week BETWEEN 1 AND 60), CONSTRAINT "jobs_wage_check" CHECK (wage_minor >= 0 AND hourly_wage_minor >= 0), CONSTRAINT "jobs_wage_period_check" CHECK (wage_period IN ('hour', 'week', 'month', 'year')), CONSTRAINT "jobs_status_check" CHECK (status IN ('draft', 'published', 'closed')), CONSTRAINT "PK_cf0a6c42b72fcc7f7c237def345" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "jobs_status_idx" ON "jobs"  ("status") `);
    await queryRunner.query(`CREATE INDEX "jobs_employer_idx" ON "jobs"  ("employer_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "skill_groups" ("code" text NOT NULL, "labels" jsonb NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_342a5be7e8104f7a39482c0ab8e" PRIMARY KEY ("code"))`);
    await queryRunner.query(`CREATE TABLE "skills" ("code" text NOT NULL, "group_code" text NOT NULL, "labels" jsonb NOT NULL, "changed_in_version" integer NOT NULL, "retired_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_038684d9432434385638dce158d" PRIMARY KEY ("code"))`);
    await queryRunner.query(`CREATE INDEX "skills_group_code_idx" ON "skills"  ("group_code") `);
    await queryRunner.query(`CREATE TABLE "skill_taxonomy_versions" ("version" SERIAL NOT NULL, "summary" text NOT NULL, "changed_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9383571919700d28b29abe9fc76" PRIMARY KEY ("version"))`);
    await queryRunner.query(`ALTER TABLE "concern_reports" ADD CONSTRAINT "FK_c81c6d703b631985e4f95e61757" FOREIGN KEY ("employer_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "employer_profiles" ADD CONSTRAINT "FK_7010c56e112f33b3b694ecba1a3" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "vetting_events" ADD CONSTRAINT "FK_081bcbe32e0724f97c3bea65f3f" FOREIGN KEY ("employer_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "vetting_events" ADD CONSTRAINT "FK_3c45c10bd36c8f73fe4e65e1f8d" FOREIGN KEY ("actor_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "grant_programmes" ADD CONSTRAINT "FK_0049e42972ff1d0cbac8284c392" FOREIGN KEY ("funder_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "grant_programmes" ADD CONSTRAINT "FK_5b0ea3198621ae9c700490dec5e" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "jobs" ADD CONSTRAINT "FK_c5aba92c72d96d22a75ed1f9622" FOREIGN KEY ("employer_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "jobs" ADD CONSTRAINT "FK_6695ff70472fc4336b226513354" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "skills" ADD CONSTRAINT "FK_b93565f9dc115607d87f4b2ab7e" FOREIGN KEY ("group_code") REFERENCES "skill_groups"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    // The skills taxonomy's first version is data every installation needs; later versions are
    // admin edits (each one a new row in skill_taxonomy_versions).
    await queryRunner.query(`INSERT INTO "skill_taxonomy_versions" ("summary") VALUES ('Initial taxonomy')`);
    await queryRunner.query(
      `INSERT INTO "skill_groups" ("code", "labels", "position") SELECT g.code, g.labels, g.position FROM jsonb_to_recordset($1::jsonb) AS g(code text, labels jsonb, position int)`,
      [JSON.stringify(SKILL_GROUPS_V1.map((group, index) => ({ ...group, position: index + 1 })))],
    );
    await queryRunner.query(
      `INSERT INTO "skills" ("code", "group_code", "labels", "changed_in_version") SELECT s.code, s."group", s.labels, 1 FROM jsonb_to_recordset($1::jsonb) AS s(code text, "group" text, labels jsonb)`,
      [JSON.stringify(SKILLS_V1)],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "skills" DROP CONSTRAINT "FK_b93565f9dc115607d87f4b2ab7e"`);
    await queryRunner.query(`ALTER TABLE "jobs" DROP CONSTRAINT "FK_6695ff70472fc4336b226513354"`);
    await queryRunner.query(`ALTER TABLE "jobs" DROP CONSTRAINT "FK_c5aba92c72d96d22a75ed1f9622"`);
    await queryRunner.query(`ALTER TABLE "grant_programmes" DROP CONSTRAINT "FK_5b0ea3198621ae9c700490dec5e"`);
    await queryRunner.query(`ALTER TABLE "grant_programmes" DROP CONSTRAINT "FK_0049e42972ff1d0cbac8284c392"`);
    await queryRunner.query(`ALTER TABLE "vetting_events" DROP CONSTRAINT "FK_3c45c10bd36c8f73fe4e65e1f8d"`);
    await queryRunner.query(`ALTER TABLE "vetting_events" DROP CONSTRAINT "FK_081bcbe32e0724f97c3bea65f3f"`);
    await queryRunner.query(`ALTER TABLE "employer_profiles" DROP CONSTRAINT "FK_7010c56e112f33b3b694ecba1a3"`);
    await queryRunner.query(`ALTER TABLE "concern_reports" DROP CONSTRAINT "FK_c81c6d703b631985e4f95e61757"`);
    await queryRunner.query(`DROP TABLE "skill_taxonomy_versions"`);
    await queryRunner.query(`DROP INDEX "public"."skills_group_code_idx"`);
    await queryRunner.query(`DROP TABLE "skills"`);
    await queryRunner.query(`DROP TABLE "skill_groups"`);
    await queryRunner.query(`DROP INDEX "public"."jobs_employer_idx"`);
    await queryRunner.query(`DROP INDEX "public"."jobs_status_idx"`);
    await queryRunner.query(`DROP TABLE "jobs"`);
    await queryRunner.query(`DROP INDEX "public"."grant_programmes_funder_idx"`);
    await queryRunner.query(`DROP TABLE "grant_programmes"`);
    await queryRunner.query(`DROP TABLE "regions"`);
    await queryRunner.query(`DROP INDEX "public"."vetting_events_employer_idx"`);
    await queryRunner.query(`DROP TABLE "vetting_events"`);
    await queryRunner.query(`DROP INDEX "public"."employer_profiles_vetting_status_idx"`);
    await queryRunner.query(`DROP TABLE "employer_profiles"`);
    await queryRunner.query(`DROP INDEX "public"."concern_reports_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."concern_reports_employer_idx"`);
    await queryRunner.query(`DROP TABLE "concern_reports"`);
  }
}
