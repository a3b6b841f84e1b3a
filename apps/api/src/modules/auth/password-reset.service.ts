import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '../../common/clock/clock';
import { DomainException } from '../../common/errors/domain.exception';
import { hashToken, newToken } from '../../common/security/tokens';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { TransactionRunner } from '../../database/transaction-runner';
import { AuditService } from '../audit/audit.service';
import { UsersRepository } from '../identity/users.repository';
import { MailService } from '../mail/mail.service';
import { RateLimiter } from '../rate-limit/rate-limiter';
import { PasswordHasher } from './password-hasher';
import { PasswordResetsRepository } from './password-resets.repository';
import { SessionsRepository } from './sessions.repository';

/** How long a reset link works. */
export const RESET_LINK_MINUTES = 60;

const invalidLink = () => new DomainException('reset_link_invalid', 'This link has expired or was already used. Ask for a new one from the sign-in page.', 400);

/**
 * "Forgot your password?": a one-time link by email, valid an hour. The answer to the request is
 * the same whether or not the email has an account, and the email says nothing of what the
 * account is for: a survivor's may be read by someone else (survivors' come from the neutral
 * sender). Choosing the new password ends every session of the account (a phone someone else
 * holds included) and is audited.
 */
@Injectable()
export class PasswordResetService {
  constructor(
    private readonly resets: PasswordResetsRepository,
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly passwords: PasswordHasher,
    private readonly mail: MailService,
    private readonly limiter: RateLimiter,
    private readonly audit: AuditService,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async request(emailInput: string, clientAddress: string): Promise<void> {
    const email = emailInput.trim().toLowerCase();
    await this.limiter.consume({ scope: 'password-reset:ip', subject: clientAddress, max: 10, windowSeconds: 3600 });
    await this.limiter.consume({ scope: 'password-reset:account', subject: email, max: 3, windowSeconds: 3600 });
    const user = await this.users.findByEmail(email);
    if (!user || user.disabledAt) {
      await this.audit.record({ action: 'auth.password_reset_request', outcome: 'failure', clientAddress });
      return;
    }
    const token = newToken();
    const now = this.clock.now();
    await this.transactions.run(async (manager) => {
      await this.resets.replace(manager, { userId: user.id, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + RESET_LINK_MINUTES * 60_000) }, now);
      await this.mail.queue(manager, {
        to: user.email,
        from: user.role === 'survivor' ? this.config.mail.survivorFrom : undefined,
        subject: 'Your sign-in link',
        text: [
          'Hello,',
          '',
          'Someone asked to choose a new password for this address. Open this link to do it:',
          // In the fragment: a browser does not send it to the server, so it stays out of logs.
          `${this.config.publicUrl}/reset-password#${token}`,
          '',
          `The link works once and expires in ${RESET_LINK_MINUTES} minutes.`,
          'If you did not ask for this, you can ignore this message: nothing has changed.',
        ].join('\n'),
      });
      await this.audit.record({ action: 'auth.password_reset_request', outcome: 'success', actor: user, subjectType: 'user', subjectId: user.id, clientAddress }, manager);
    });
  }

  async confirm(token: string, newPassword: string, clientAddress: string): Promise<void> {
    // Links cannot be guessed (256 bits), but a client trying many is slowed down; and a made-up
    // token must not get to start the deliberately slow hash.
    await this.limiter.consume({ scope: 'password-reset-confirm:ip', subject: clientAddress, max: 30, windowSeconds: 60 });
    const tokenHash = hashToken(token);
    const reset = await this.resets.findByTokenHash(tokenHash);
    if (!reset || reset.usedAt || reset.expiresAt.getTime() <= this.clock.now().getTime()) throw invalidLink();
    const passwordHash = await this.passwords.hash(newPassword);
    await this.transactions.run(async (manager) => {
      const used = await this.resets.use(manager, tokenHash, this.clock.now());
      if (!used) throw invalidLink();
      await this.users.update(manager, used.userId, { passwordHash });
      await this.sessions.deleteForUser(used.userId, manager);
      await this.audit.record({ action: 'auth.password_reset', outcome: 'success', subjectType: 'user', subjectId: used.userId, clientAddress }, manager);
    });
  }
}
