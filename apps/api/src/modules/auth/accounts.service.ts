import { Injectable } from '@nestjs/common';
import { Clock } from '../../common/clock/clock';
import { Errors } from '../../common/errors/domain.exception';
import { Actor } from '../../common/security/request-context';
import { TransactionRunner } from '../../database/transaction-runner';
import { AuditService } from '../audit/audit.service';
import { UsersRepository } from '../identity/users.repository';
import { RateLimiter } from '../rate-limit/rate-limiter';
import { AccountStateDto } from './dto/account.dto';
import { PasswordHasher } from './password-hasher';
import { SessionsRepository } from './sessions.repository';
import { SessionsService } from './sessions.service';

/**
 * What ends sessions besides signing out: a password change (every session, then a new one for
 * the browser that changed it), an admin disabling an account, an admin revoking its sessions
 * (a lost phone). Each is audited in the same transaction.
 */
@Injectable()
export class AccountsService {
  constructor(
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly sessionsService: SessionsService,
    private readonly passwords: PasswordHasher,
    private readonly limiter: RateLimiter,
    private readonly audit: AuditService,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async changePassword(actor: Actor, currentPassword: string, newPassword: string, clientAddress: string): Promise<{ token: string; expiresAt: Date }> {
    await this.limiter.consume({ scope: 'password-change:account', subject: actor.id, max: 5, windowSeconds: 900 });
    const user = await this.users.findById(actor.id);
    if (!user || !(await this.passwords.verify(user.passwordHash, currentPassword))) {
      await this.audit.record({ action: 'auth.password_change', outcome: 'failure', actor, subjectType: 'user', subjectId: actor.id, clientAddress });
      throw Errors.invalidField('currentPassword', 'The current password is not correct.');
    }
    if (currentPassword === newPassword) throw Errors.invalidField('newPassword', 'Choose a password different from the current one.');
    const passwordHash = await this.passwords.hash(newPassword);
    return this.transactions.run(async (manager) => {
      await this.users.update(manager, actor.id, { passwordHash });
      await this.sessions.deleteForUser(actor.id, manager);
      const session = await this.sessionsService.start(actor.id, manager);
      await this.audit.record({ action: 'auth.password_change', outcome: 'success', actor, subjectType: 'user', subjectId: actor.id, clientAddress }, manager);
      return session;
    });
  }

  /** An admin stops an account from signing in, and ends its sessions at once. */
  setDisabled(actor: Actor, id: string, disabled: boolean, clientAddress: string): Promise<AccountStateDto> {
    if (disabled && id === actor.id) throw Errors.conflict('You cannot disable your own account.');
    return this.transactions.run(async (manager) => {
      const user = await this.users.findById(id);
      if (!user) throw Errors.notFound('The user');
      const disabledAt = disabled ? (user.disabledAt ?? this.clock.now()) : null;
      await this.users.update(manager, id, { disabledAt });
      const sessionsEnded = disabled ? await this.sessions.deleteForUser(id, manager) : 0;
      await this.audit.record({ action: disabled ? 'user.disable' : 'user.enable', outcome: 'success', actor, subjectType: 'user', subjectId: id, clientAddress }, manager);
      return { id, disabledAt: disabledAt?.toISOString() ?? null, sessionsEnded };
    });
  }

  /** An admin ends every session of an account (a lost or taken phone) without disabling it. */
  revokeSessions(actor: Actor, id: string, clientAddress: string): Promise<AccountStateDto> {
    return this.transactions.run(async (manager) => {
      const user = await this.users.findById(id);
      if (!user) throw Errors.notFound('The user');
      const sessionsEnded = await this.sessions.deleteForUser(id, manager);
      await this.audit.record({ action: 'user.sessions_revoke', outcome: 'success', actor, subjectType: 'user', subjectId: id, clientAddress }, manager);
      return { id, disabledAt: user.disabledAt?.toISOString() ?? null, sessionsEnded };
    });
  }
}
