import { Client } from 'pg';
import { TestDatabase } from './test-database';

/**
 * A session of the database's owner, apart from the application under test, as another process
 * would be: it holds locks, ends the application's connections and takes tables away.
 */
export async function ownerSession(db: Pick<TestDatabase, 'url'>): Promise<Client> {
  const client = new Client({ connectionString: db.url });
  await client.connect();
  return client;
}

/**
 * The database connection lost: ends every backend connected to the test database but the
 * caller's own (the pool's idle connections, queries in flight, pg-boss's connections), as a
 * restart of PostgreSQL or a network cut would. Returns how many were ended.
 */
export async function terminateBackends(owner: Client, db: Pick<TestDatabase, 'name'>, options: { onlyWaitingOnLocks?: boolean } = {}): Promise<number> {
  const { rows } = await owner.query(
    `SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity
     WHERE datname = $1 AND pid <> pg_backend_pid() AND ($2::boolean IS FALSE OR wait_event_type = 'Lock')`,
    [db.name, options.onlyWaitingOnLocks ?? false],
  );
  return rows.filter((row: { ended: boolean }) => row.ended).length;
}

/**
 * pg-boss retries a failed job after its backoff (seconds to minutes): lets that time pass for
 * the retries of one queue, so the app's worker takes them at its next poll.
 */
export async function makeRetriesDue(owner: Client, queue: string): Promise<number> {
  const { rowCount } = await owner.query(`UPDATE pgboss.job SET start_after = now() WHERE name = $1 AND state = 'retry'`, [queue]);
  return rowCount ?? 0;
}
