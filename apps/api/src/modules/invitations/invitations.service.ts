import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CASEWORKER_INVITABLE_ROLES, Role, ROLE_ORGANISATION_KINDS } from '@onward/shared';
import { Clock } from '../../common/clock/clock';
import { DomainException, Errors } from '../../common/errors/domain.exception';
import { Actor } from '../../common/security/request-context';
import { hashToken, newToken } from '../../common/security/tokens';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { TransactionRunner } from '../../database/transaction-runner';
import { AuditService } from '../audit/audit.service';
import { MeDto } from '../auth/dto/me.dto';
import { PasswordHasher } from '../auth/password-hasher';
import { SessionsService } from '../auth/sessions.service';
import { OrganisationsRepository } from '../identity/organisations.repository';
import { UsersRepository } from '../identity/users.repository';
import { MailService } from '../mail/mail.service';
import { RateLimiter } from '../rate-limit/rate-limiter';
import { Invitation } from './invitation.entity';
import { InvitationsRepository } from './invitations.repository';

const invalid = (status = 400) => new DomainException('invitation_invalid', 'This invitation link is not valid. Ask the person who invited you for a new one.', status);
const expired = () => new DomainException('invitation_invalid', 'This invitation has expired or was already used. Ask the person who invited you for a new one.', 410);

@Injectable()
export class InvitationsService {
  constructor(
    private readonly invitations: InvitationsRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly users: UsersRepository,
    private readonly passwords: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly transactions: TransactionRunner,
    private readonly limiter: RateLimiter,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * An admin invites anyone into any organisation; a caseworker invites survivors into their
   * own. The role must fit the organisation's kind. The email goes out through the outbox.
   */
  async invite(actor: Actor, input: { email: string; role: Role; organisationId?: string; survivorId?: string }, outer?: EntityManager): Promise<Invitation> {
    const email = input.email.toLowerCase();
    const organisationId = actor.role === 'admin' ? input.organisationId : actor.organisationId;
    if (actor.role !== 'admin') {
      if (!CASEWORKER_INVITABLE_ROLES.includes(input.role)) throw Errors.forbidden();
      if (input.organisationId && input.organisationId !== actor.organisationId) throw Errors.forbidden();
    }
    if (!organisationId) throw Errors.validation({ organisationId: ['Choose the organisation the person will belong to.'] });

    const work = async (manager: EntityManager) => {
      const organisation = await this.organisations.findById(organisationId, manager);
      if (!organisation) throw Errors.validation({ organisationId: ['No organisation has this id.'] });
      if (!ROLE_ORGANISATION_KINDS[input.role].includes(organisation.kind)) {
        throw Errors.validation({ role: [`A ${input.role} cannot belong to this kind of organisation.`] });
      }
      if (await this.users.findByEmail(email, manager)) throw Errors.conflict('Someone already has an account with this email.');

      const now = this.clock.now();
      const token = newToken();
      await this.invitations.revokeOpenFor(manager, email, organisationId, now);
      const invitation = await this.invitations.create(manager, {
        email,
        role: input.role,
        organisationId,
        tokenHash: hashToken(token),
        invitedById: actor.id,
        expiresAt: new Date(now.getTime() + this.config.invitationTtlHours * 3_600_000),
        survivorId: input.survivorId ?? null,
      });
      // Discreet on purpose: the message may be read by someone else on the invitee's phone.
      await this.mail.queue(manager, {
        to: email,
        subject: 'Your account invitation',
        text: [
          'Hello,',
          '',
          'You have been invited to set up an account. Open this link to choose your password:',
          `${this.config.publicUrl}/invite#${token}`,
          '',
          `The link works once and expires in ${this.config.invitationTtlHours} hours.`,
          'If you were not expecting this message, you can ignore it.',
        ].join('\n'),
      });
      await this.audit.record({ action: 'invitation.create', outcome: 'success', actor, subjectType: 'invitation', subjectId: invitation.id }, manager);
      return invitation;
    };
    // A survivor's invitation is sent in the same transaction as the profile it belongs to.
    return outer ? work(outer) : this.transactions.run(work);
  }

  async preview(token: string, clientAddress: string): Promise<Invitation> {
    await this.limitGuessing(clientAddress);
    return this.usable(await this.invitations.findByTokenHash(hashToken(token)));
  }

  /** Creates the account, uses up the invitation and signs the new user in. */
  async accept(input: { token: string; displayName: string; password: string }, clientAddress: string): Promise<{ me: MeDto; token: string; expiresAt: Date }> {
    // The token first: this route is public, and the deliberately slow hash runs on libuv's
    // small thread pool, so a made-up token must not get to start one.
    await this.preview(input.token, clientAddress);
    const passwordHash = await this.passwords.hash(input.password);
    return this.transactions.run(async (manager) => {
      const invitation = this.usable(await this.invitations.findByTokenHash(hashToken(input.token), manager));
      if (!(await this.invitations.markAccepted(manager, invitation.id, this.clock.now()))) throw expired();
      if (await this.users.findByEmail(invitation.email, manager)) throw Errors.conflict('Someone already has an account with this email.');
      const user = await this.users.create(manager, {
        organisationId: invitation.organisationId,
        email: invitation.email,
        displayName: input.displayName,
        role: invitation.role,
        passwordHash,
      });
      if (invitation.survivorId && !(await this.invitations.linkSurvivorProfile(manager, invitation.survivorId, user.id))) throw expired();
      const session = await this.sessions.start(user.id, manager);
      await this.audit.record({ action: 'invitation.accept', outcome: 'success', actor: user, subjectType: 'user', subjectId: user.id, clientAddress }, manager);
      return { me: MeDto.from(user, invitation.organisation!), ...session };
    });
  }

  /** Tokens cannot be guessed (256 bits), but a client trying many still gets slowed down. */
  private async limitGuessing(clientAddress: string): Promise<void> {
    await this.limiter.consume({ scope: 'invitation:ip', subject: clientAddress, max: 30, windowSeconds: 60 });
  }

  private usable(invitation: Invitation | null): Invitation {
    if (!invitation) throw invalid();
    if (invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt.getTime() <= this.clock.now().getTime()) throw expired();
    return invitation;
  }
}
