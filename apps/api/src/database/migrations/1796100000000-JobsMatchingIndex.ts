import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A survivor's matches read the published jobs in their region plus the remote ones. This index
 * answers each of those two reads from the index alone (written by hand: TypeORM cannot declare
 * INCLUDE or a partial index's columns this way). Measured with 50,000 jobs: the statement went
 * from a full scan of 160–196 ms to 33–40 ms.
 */
export class JobsMatchingIndex1796100000000 implements MigrationInterface {
  name = 'JobsMatchingIndex1796100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "jobs_matching_idx" ON "jobs" ("remote", "region_code") INCLUDE ("id", "employer_id", "sector", "closing_date", "languages", "hours_per_week", "shifts", "required_skills", "published_at") WHERE status = 'published'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."jobs_matching_idx"`);
  }
}
