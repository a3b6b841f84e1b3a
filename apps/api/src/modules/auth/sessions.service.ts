import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { Errors } from '../../common/errors/domain.exception';
import { Actor } from '../../common/security/request-context';
import { hashToken, newToken } from '../../common/security/tokens';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { SessionsRepository } from './sessions.repository';

/** Activity is written back at most this often, to keep reads from turning into writes. */
const TOUCH_INTERVAL_MS = 60_000;

@Injectable()
export class SessionsService {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Starts a session and returns the token for the cookie; only its hash is stored. */
  async start(userId: string, manager?: EntityManager): Promise<{ token: string; expiresAt: Date }> {
    const token = newToken();
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + this.config.session.absoluteHours * 3_600_000);
    await this.sessions.create({ tokenHash: hashToken(token), userId, lastSeenAt: now, expiresAt }, manager);
    return { token, expiresAt };
  }

  /** The actor behind a session cookie; 401 when unknown, idle too long, past its end or disabled. */
  async authenticate(token: string): Promise<Actor> {
    const session = await this.sessions.findByTokenHash(hashToken(token));
    if (!session?.user) throw Errors.unauthenticated();
    const now = this.clock.now();
    const idleLimit = session.lastSeenAt.getTime() + this.config.session.idleMinutes * 60_000;
    if (now.getTime() >= session.expiresAt.getTime() || now.getTime() >= idleLimit || session.user.disabledAt) {
      await this.sessions.delete(session.id);
      throw Errors.sessionExpired();
    }
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) await this.sessions.touch(session.id, now);
    const { user } = session;
    return { id: user.id, email: user.email, displayName: user.displayName, role: user.role, organisationId: user.organisationId, sessionId: session.id };
  }

  async end(token: string): Promise<void> {
    const session = await this.sessions.findByTokenHash(hashToken(token));
    if (session) await this.sessions.delete(session.id);
  }
}
