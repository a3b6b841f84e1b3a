import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../database/data-source-options';
import { PasswordHasher } from '../modules/auth/password-hasher';
import { Organisation } from '../modules/identity/organisation.entity';
import { User } from '../modules/identity/user.entity';

export const DEMO_PASSWORD = 'onward-demo-password';

export const DEMO_USERS = [
  { email: 'admin@example.org', displayName: 'Alex Admin', role: 'admin', organisation: 'provider' },
  { email: 'caseworker@example.org', displayName: 'Casey Caseworker', role: 'caseworker', organisation: 'provider' },
  { email: 'employer@example.org', displayName: 'Emery Employer', role: 'employer', organisation: 'employer' },
  { email: 'survivor@example.org', displayName: 'Sam', role: 'survivor', organisation: 'provider' },
] as const;

/**
 * The small demo dataset `npm start` loads on first run. Returns false when the database
 * already holds organisations (nothing is touched then).
 */
export async function seedDemo(url: string): Promise<boolean> {
  const dataSource = await new DataSource(dataSourceOptions(url)).initialize();
  try {
    return await dataSource.transaction(async (manager) => {
      if ((await manager.count(Organisation)) > 0) return false;
      const [provider, employer] = await manager.save([
        manager.create(Organisation, { name: 'Riverside Support Network', kind: 'service_provider' }),
        manager.create(Organisation, { name: 'Green Valley Foods', kind: 'employer' }),
        manager.create(Organisation, { name: 'Open Door Microfinance Fund', kind: 'funder' }),
      ]);
      const passwordHash = await new PasswordHasher().hash(DEMO_PASSWORD);
      await manager.save(
        DEMO_USERS.map((user) =>
          manager.create(User, {
            email: user.email,
            displayName: user.displayName,
            role: user.role,
            organisationId: user.organisation === 'provider' ? provider.id : employer.id,
            passwordHash,
            disabledAt: null,
          }),
        ),
      );
      return true;
    });
  } finally {
    await dataSource.destroy();
  }
}
