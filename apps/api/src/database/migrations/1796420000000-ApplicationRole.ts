import { MigrationInterface, QueryRunner } from 'typeorm';
import { APPLICATION_ROLE } from '../application-role';

/**
 * The application connects as `onward_app`, a role that owns no table in the public schema: it may
 * read and write rows but not change the schema, drop the audit trail's triggers, or touch the
 * migrations table; and it may add to the audit trail and read it, never update, delete or
 * truncate it (the triggers of 1796300000000 refuse even an owner). Migrations keep running as
 * the owner (DATABASE_URL). pg-boss keeps its own schema, which the application role owns,
 * because pg-boss creates a table for each queue as it starts.
 */
export class ApplicationRole1796420000000 implements MigrationInterface {
  name = 'ApplicationRole1796420000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APPLICATION_ROLE}') THEN
          CREATE ROLE ${APPLICATION_ROLE} NOLOGIN;
        END IF;
      END $$`);
    // The owner stays able to use pg-boss's tables (owned by the application role) for the CLI.
    await queryRunner.query(`GRANT ${APPLICATION_ROLE} TO CURRENT_USER`);
    // pg-boss states CREATE SCHEMA IF NOT EXISTS when it installs, which needs CREATE on the database.
    await queryRunner.query(`DO $$ BEGIN EXECUTE format('GRANT CREATE ON DATABASE %I TO ${APPLICATION_ROLE}', current_database()); END $$`);
    await queryRunner.query(`GRANT USAGE ON SCHEMA public TO ${APPLICATION_ROLE}`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${APPLICATION_ROLE}`);
    await queryRunner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${APPLICATION_ROLE}`);
    await queryRunner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM ${APPLICATION_ROLE}`);
    await queryRunner.query(`REVOKE ALL ON migrations FROM ${APPLICATION_ROLE}`);
    // Tables that later migrations create (as the same owner) are open to the application too.
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${APPLICATION_ROLE}`);
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${APPLICATION_ROLE}`);
    // pg-boss's schema: created for the application role, or handed over with all it holds.
    await queryRunner.query(`
      DO $$
      DECLARE item record;
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'pgboss') THEN
          CREATE SCHEMA pgboss AUTHORIZATION ${APPLICATION_ROLE};
          RETURN;
        END IF;
        ALTER SCHEMA pgboss OWNER TO ${APPLICATION_ROLE};
        FOR item IN
          SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = 'pgboss' AND c.relkind IN ('r', 'p')
        LOOP
          EXECUTE format('ALTER TABLE pgboss.%I OWNER TO ${APPLICATION_ROLE}', item.relname);
        END LOOP;
        FOR item IN
          SELECT p.oid::regprocedure AS signature FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'pgboss'
        LOOP
          EXECUTE format('ALTER FUNCTION %s OWNER TO ${APPLICATION_ROLE}', item.signature);
        END LOOP;
        FOR item IN
          SELECT t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'pgboss' AND t.typtype = 'e'
        LOOP
          EXECUTE format('ALTER TYPE pgboss.%I OWNER TO ${APPLICATION_ROLE}', item.typname);
        END LOOP;
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON SEQUENCES FROM ${APPLICATION_ROLE}`);
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM ${APPLICATION_ROLE}`);
    await queryRunner.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${APPLICATION_ROLE}`);
    await queryRunner.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${APPLICATION_ROLE}`);
    await queryRunner.query(`REVOKE USAGE ON SCHEMA public FROM ${APPLICATION_ROLE}`);
    await queryRunner.query(`DO $$ BEGIN EXECUTE format('REVOKE CREATE ON DATABASE %I FROM ${APPLICATION_ROLE}', current_database()); END $$`);
    // pg-boss's schema stays with the application role: taking it back would stop the queue.
  }
}
