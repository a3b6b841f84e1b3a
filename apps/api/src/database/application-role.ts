import { Client } from 'pg';

/**
 * The database role the application runs as (created by the ApplicationRole migration): rows in,
 * rows out, no schema changes, and an audit trail it can add to but not rewrite.
 */
export const APPLICATION_ROLE = 'onward_app';

/**
 * Lets the application role sign in with this password (for a database Onward runs itself: the
 * embedded server and the test run's). Returns the URL the application connects with.
 */
export async function enableApplicationLogin(ownerUrl: string, password: string): Promise<string> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(`ALTER ROLE ${APPLICATION_ROLE} LOGIN PASSWORD ${client.escapeLiteral(password)}`);
  } finally {
    await client.end();
  }
  return applicationUrl(ownerUrl, password);
}

/** The owner's URL with the application role's name and password in it. */
export function applicationUrl(ownerUrl: string, password: string): string {
  const url = new URL(ownerUrl);
  url.username = APPLICATION_ROLE;
  url.password = encodeURIComponent(password);
  return url.toString();
}
