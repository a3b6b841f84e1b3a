import { AuditEvent } from '../modules/audit/audit-event.entity';
import { Session } from '../modules/auth/session.entity';
import { Organisation } from '../modules/identity/organisation.entity';
import { User } from '../modules/identity/user.entity';
import { Invitation } from '../modules/invitations/invitation.entity';
import { OutboundEmail } from '../modules/mail/outbound-email.entity';
import { RateLimitBucket } from '../modules/rate-limit/rate-limit-bucket.entity';

export const ENTITIES = [Organisation, User, Session, Invitation, RateLimitBucket, OutboundEmail, AuditEvent];
