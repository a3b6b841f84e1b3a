import { Injectable } from '@nestjs/common';
import { ExplainOptions, MatchableGrant, MatchableJob, MatchProfile, Ranked, rankCandidates, rankOpportunities } from '@onward/matching';
import { CANDIDATES_LIMIT_DEFAULT, MATCHES_LIMIT_DEFAULT } from '@onward/shared';
import { Clock } from '../../common/clock/clock';
import { Errors } from '../../common/errors/domain.exception';
import { Actor } from '../../common/security/request-context';
import { AuditService } from '../audit/audit.service';
import { publishingBlock } from '../employers/employer-standing';
import { EmployersRepository } from '../employers/employers.repository';
import { GrantProgramme } from '../grants/grant-programme.entity';
import { Job } from '../jobs/job.entity';
import { JobsRepository } from '../jobs/jobs.repository';
import { OpportunitiesRepository } from '../opportunities/opportunities.repository';
import { formatMoney } from '../regions/regions.service';
import { SkillsService } from '../skills/skills.service';
import { exclusionsOf } from '../survivors/safety-exclusions';
import { SurvivorAccess } from '../survivors/survivor-access';
import { SurvivorProfile } from '../survivors/survivor-profile.entity';
import { SurvivorsRepository } from '../survivors/survivors.repository';
import { CandidatesDto, MatchDto, MatchesDto } from './dto/match.dto';
import { MatchingRepository } from './matching.repository';

/**
 * How many rows PostgreSQL hands the matching library to score. The queries already apply the
 * hard filters and order by skill coverage, so the best matches are inside the cap.
 */
const JOB_CANDIDATE_CAP = 300;
const GRANT_CANDIDATE_CAP = 200;
const SURVIVOR_CANDIDATE_CAP = 500;

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

export function matchProfileOf(profile: SurvivorProfile): MatchProfile {
  return {
    skills: profile.skills,
    languages: profile.languages,
    regionCode: profile.regionCode,
    hoursPerWeek: profile.hoursPerWeek,
    shifts: profile.shifts,
    workplace: profile.workplace,
    preferredSectors: profile.preferredSectors,
    minimumHourlyWageMinor: profile.minimumHourlyWageMinor,
    exclusions: exclusionsOf(profile),
  };
}

function matchableJob(job: Job, employerVetted: boolean): MatchableJob & { job: Job } {
  return {
    type: 'job',
    id: job.id,
    title: job.title,
    employerId: job.employerId,
    employerVetted,
    sector: job.sector,
    regionCode: job.regionCode,
    remote: job.remote,
    requiredSkills: job.requiredSkills,
    preferredSkills: job.preferredSkills,
    languages: job.languages,
    hoursPerWeek: job.hoursPerWeek,
    shifts: job.shifts,
    hourlyWageMinor: job.hourlyWageMinor,
    currency: job.wageCurrency,
    job,
  };
}

function matchableGrant(grant: GrantProgramme): MatchableGrant & { grant: GrantProgramme } {
  return { type: 'grant', id: grant.id, title: grant.title, funderId: grant.funderId, sector: grant.sector, regionCode: grant.regionCode, open: true, grant };
}

/**
 * Survivors' recommendations and caseworkers' candidates. PostgreSQL narrows the rows with the
 * hard filters; the matching library filters again, scores and explains. Employers have no way
 * in: nothing here answers them.
 */
@Injectable()
export class MatchingService {
  constructor(
    private readonly access: SurvivorAccess,
    private readonly survivors: SurvivorsRepository,
    private readonly opportunities: OpportunitiesRepository,
    private readonly jobs: JobsRepository,
    private readonly employers: EmployersRepository,
    private readonly skills: SkillsService,
    private readonly matching: MatchingRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async forSurvivor(actor: Actor, survivorId: string | 'me', limit = MATCHES_LIMIT_DEFAULT): Promise<MatchesDto> {
    const profile = await this.access.ownOrAsCaseworker(actor, survivorId);
    if (survivorId !== 'me') await this.audit.record({ action: 'survivor.matches', outcome: 'success', actor, subjectType: 'survivor', subjectId: profile.id });
    const now = this.clock.now();
    const [jobs, grants] = await Promise.all([
      this.opportunities.jobCandidates(now, profile, JOB_CANDIDATE_CAP),
      this.opportunities.grantCandidates(now, profile, GRANT_CANDIDATE_CAP),
    ]);
    const matchProfile = matchProfileOf(profile);
    const options = await this.explainOptions(jobs.flatMap((job) => [...job.requiredSkills, ...job.preferredSkills]));
    const rankedJobs = rankOpportunities(matchProfile, jobs.map((job) => matchableJob(job, true)), limit, options);
    const rankedGrants = rankOpportunities(matchProfile, grants.map(matchableGrant), limit, options);
    return {
      jobs: rankedJobs.map(({ item, score, reasons, gaps }) => jobMatch(item.job, score, reasons, gaps)),
      grants: rankedGrants.map(({ item, score, reasons, gaps }) => grantMatch(item.grant, score, reasons, gaps)),
      profileComplete: profile.skills.length > 0 && (profile.regionCode !== null || profile.workplace !== 'on_site'),
    };
  }

  /** A caseworker's candidates for a job, among their own organisation's survivors only. */
  async candidates(actor: Actor, jobId: string, limit = CANDIDATES_LIMIT_DEFAULT): Promise<CandidatesDto> {
    if (actor.role !== 'caseworker') throw Errors.notFound('The job');
    const job = await this.jobs.findById(jobId);
    if (!job) throw Errors.notFound('The job');
    const employerVetted = job.status === 'published' && publishingBlock(await this.employers.findById(job.employerId), this.clock.now()) === null;
    const profiles = employerVetted ? await this.survivors.candidatesFor(actor.organisationId, job, SURVIVOR_CANDIDATE_CAP) : [];
    const options = await this.explainOptions([...job.requiredSkills, ...job.preferredSkills]);
    const ranked: Ranked<{ id: string; profile: MatchProfile; survivor: SurvivorProfile }>[] = rankCandidates(
      matchableJob(job, employerVetted),
      profiles.map((survivor) => ({ id: survivor.id, profile: matchProfileOf(survivor), survivor })),
      limit,
      options,
    );
    const applied = await this.matching.openApplications(job.id, ranked.map(({ item }) => item.id));
    await this.audit.recordMany(ranked.map(({ item }) => ({ action: 'survivor.candidate', outcome: 'success' as const, actor, subjectType: 'survivor', subjectId: item.id })));
    return {
      jobId: job.id,
      jobTitle: job.title,
      employerVetted,
      candidates: ranked.map(({ item, score, reasons, gaps }) => ({
        survivorId: item.id,
        pseudonym: item.survivor.pseudonym,
        score,
        reasons,
        gaps,
        applicationStatus: applied.get(item.id) ?? null,
      })),
    };
  }

  private async explainOptions(skillCodes: string[]): Promise<ExplainOptions> {
    const labels = await this.skills.englishLabels(skillCodes);
    return {
      skillLabel: (code) => labels.get(code) ?? code,
      languageLabel: (code) => languageNames.of(code) ?? code,
      formatMoney,
    };
  }
}

function jobMatch(job: Job, score: number, reasons: MatchDto['reasons'], gaps: MatchDto['gaps']): MatchDto {
  return {
    type: 'job',
    id: job.id,
    title: job.title,
    organisationName: job.employer?.name ?? '',
    score,
    reasons,
    gaps,
    regionCode: job.regionCode,
    regionName: job.region?.name ?? null,
    remote: job.remote,
    sector: job.sector,
    wage: { amountMinor: job.wageMinor, currency: job.wageCurrency, period: job.wagePeriod, hourlyMinor: job.hourlyWageMinor },
    hoursPerWeek: job.hoursPerWeek,
    amount: null,
    deadline: null,
  };
}

function grantMatch(grant: GrantProgramme, score: number, reasons: MatchDto['reasons'], gaps: MatchDto['gaps']): MatchDto {
  return {
    type: 'grant',
    id: grant.id,
    title: grant.title,
    organisationName: grant.funder?.name ?? '',
    score,
    reasons,
    gaps,
    regionCode: grant.regionCode,
    regionName: grant.region?.name ?? null,
    remote: false,
    sector: grant.sector,
    wage: null,
    hoursPerWeek: null,
    amount: { minMinor: grant.amountMinMinor, maxMinor: grant.amountMaxMinor, currency: grant.currency },
    deadline: grant.deadline,
  };
}
