import { Inject, Injectable } from '@nestjs/common';
import { Errors } from '../../common/errors/domain.exception';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { AuditService } from '../audit/audit.service';
import { UsersRepository } from '../identity/users.repository';
import { RateLimiter } from '../rate-limit/rate-limiter';
import { MeDto } from './dto/me.dto';
import { PasswordHasher } from './password-hasher';
import { SessionsService } from './sessions.service';

export interface SignedIn {
  me: MeDto;
  token: string;
  expiresAt: Date;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly passwords: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly limiter: RateLimiter,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Signs in. An unknown email and a wrong password get the same answer in the same time, and
   * lockout is counted per email whether or not it has an account, so neither reveals one.
   */
  async login(emailInput: string, password: string, clientAddress: string): Promise<SignedIn> {
    const email = emailInput.trim().toLowerCase();
    const { login } = this.config;
    await this.limiter.consume({ scope: 'login:ip', subject: clientAddress, max: login.perIpPerMinute, windowSeconds: 60 });
    await this.limiter.consume({ scope: 'login:account', subject: email, max: login.perAccountPerMinute, windowSeconds: 60 });
    const failures = { scope: 'login:failures', subject: email, max: login.maxFailures, windowSeconds: login.lockoutMinutes * 60 };
    await this.limiter.assertBelow(failures);

    const user = await this.users.findByEmail(email);
    const valid = await this.passwords.verify(user?.passwordHash, password);
    if (!user || !valid || user.disabledAt) {
      await this.limiter.record(failures);
      await this.audit.record({ action: 'auth.login', outcome: 'failure', subjectType: user ? 'user' : undefined, subjectId: user?.id, clientAddress });
      throw Errors.invalidCredentials();
    }
    await this.limiter.reset(failures);
    const session = await this.sessions.start(user.id);
    await this.audit.record({ action: 'auth.login', outcome: 'success', actor: user, subjectType: 'user', subjectId: user.id, clientAddress });
    return { me: MeDto.from(user, user.organisation!), ...session };
  }

  async logout(token: string | undefined, clientAddress: string): Promise<void> {
    if (!token) return;
    await this.sessions.end(token);
    await this.audit.record({ action: 'auth.logout', outcome: 'success', clientAddress });
  }

  async me(userId: string): Promise<MeDto> {
    const user = await this.users.findById(userId);
    if (!user?.organisation) throw Errors.unauthenticated();
    return MeDto.from(user, user.organisation);
  }
}
