import { INestApplication } from '@nestjs/common';
import { OrganisationKind, Role } from '@onward/shared';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Organisation } from '../modules/identity/organisation.entity';
import { User } from '../modules/identity/user.entity';
import { PasswordHasher } from '../modules/auth/password-hasher';

export const TEST_PASSWORD = 'correct-horse-battery-staple';

const suffix = () => randomBytes(4).toString('hex');

/** Builds rows straight in the database; each takes overrides. */
export class Factories {
  private passwordHash: Promise<string> | undefined;

  constructor(private readonly app: INestApplication) {}

  private get dataSource(): DataSource {
    return this.app.get(DataSource);
  }

  organisation(overrides: Partial<Pick<Organisation, 'name' | 'kind'>> = {}): Promise<Organisation> {
    const manager = this.dataSource.manager;
    return manager.save(manager.create(Organisation, { name: `Organisation ${suffix()}`, kind: 'service_provider' as OrganisationKind, ...overrides }));
  }

  async user(overrides: Partial<Pick<User, 'email' | 'displayName' | 'role' | 'organisationId' | 'disabledAt'>> & { password?: string } = {}): Promise<User> {
    const role: Role = overrides.role ?? 'caseworker';
    const organisationId =
      overrides.organisationId ?? (await this.organisation({ kind: role === 'employer' ? 'employer' : 'service_provider' })).id;
    const hasher = this.app.get(PasswordHasher);
    const passwordHash = overrides.password ? await hasher.hash(overrides.password) : await (this.passwordHash ??= hasher.hash(TEST_PASSWORD));
    const manager = this.dataSource.manager;
    return manager.save(
      manager.create(User, {
        email: overrides.email ?? `user-${suffix()}@example.org`,
        displayName: overrides.displayName ?? `User ${suffix()}`,
        role,
        organisationId,
        passwordHash,
        disabledAt: overrides.disabledAt ?? null,
      }),
    );
  }
}
