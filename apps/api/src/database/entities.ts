import { CheckIn } from '../modules/check-ins/check-in.entity';
import { Flag } from '../modules/risk/flag.entity';
import { FlagEvent } from '../modules/risk/flag-event.entity';
import { RiskSignal } from '../modules/risk/risk-signal.entity';
import { Application } from '../modules/applications/application.entity';
import { ApplicationEvent } from '../modules/applications/application-event.entity';
import { GrantApplication } from '../modules/grant-applications/grant-application.entity';
import { GrantApplicationEvent } from '../modules/grant-applications/grant-application-event.entity';
import { GrantDisbursement } from '../modules/grant-applications/grant-disbursement.entity';
import { GrantMilestone } from '../modules/grant-applications/grant-milestone.entity';
import { Placement } from '../modules/placements/placement.entity';
import { Consent } from '../modules/survivors/consent.entity';
import { SurvivorProfile } from '../modules/survivors/survivor-profile.entity';
import { AuditEvent } from '../modules/audit/audit-event.entity';
import { PasswordReset } from '../modules/auth/password-reset.entity';
import { Session } from '../modules/auth/session.entity';
import { ConcernReport } from '../modules/employers/concern-report.entity';
import { EmployerProfile } from '../modules/employers/employer-profile.entity';
import { VettingEvent } from '../modules/employers/vetting-event.entity';
import { GrantProgramme } from '../modules/grants/grant-programme.entity';
import { Organisation } from '../modules/identity/organisation.entity';
import { User } from '../modules/identity/user.entity';
import { Invitation } from '../modules/invitations/invitation.entity';
import { IdempotencyKey } from '../modules/idempotency/idempotency-key.entity';
import { Job } from '../modules/jobs/job.entity';
import { OutboundEmail } from '../modules/mail/outbound-email.entity';
import { RateLimitBucket } from '../modules/rate-limit/rate-limit-bucket.entity';
import { Region } from '../modules/regions/region.entity';
import { Skill, SkillGroup, SkillTaxonomyVersion } from '../modules/skills/skill.entity';

export const ENTITIES = [
  Organisation,
  User,
  Session,
  PasswordReset,
  Invitation,
  RateLimitBucket,
  OutboundEmail,
  AuditEvent,
  Region,
  SkillGroup,
  Skill,
  SkillTaxonomyVersion,
  EmployerProfile,
  VettingEvent,
  ConcernReport,
  Job,
  GrantProgramme,
  SurvivorProfile,
  Consent,
  Application,
  ApplicationEvent,
  Placement,
  GrantApplication,
  GrantApplicationEvent,
  GrantMilestone,
  GrantDisbursement,
  CheckIn,
  RiskSignal,
  Flag,
  FlagEvent,
  IdempotencyKey,
];
