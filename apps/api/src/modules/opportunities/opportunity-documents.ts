import { GrantProgramme } from '../grants/grant-programme.entity';
import { Job } from '../jobs/job.entity';
import { OpportunityDocument } from '../search/search-engine';
import { Skill } from '../skills/skill.entity';

const DAY_MS = 86_400_000;

export const jobDocumentId = (id: string) => `job-${id}`;
export const grantDocumentId = (id: string) => `grant-${id}`;

/** The end of a YYYY-MM-DD day in UTC, in epoch milliseconds. */
const endOfDay = (date: string) => Date.parse(`${date}T00:00:00Z`) + DAY_MS;

/**
 * A job as the index holds it: what a survivor may see, nothing more. The employer's contact
 * details are not in the entity graph loaded here and are never copied.
 */
export function jobDocument(job: Job, vettedUntil: Date, skills: Map<string, Skill>): OpportunityDocument {
  const codes = [...job.requiredSkills, ...job.preferredSkills];
  const closes = job.closingDate ? endOfDay(job.closingDate) : Number.POSITIVE_INFINITY;
  return {
    id: jobDocumentId(job.id),
    type: 'job',
    sourceId: job.id,
    title: job.title,
    description: job.description,
    organisationName: job.employer!.name,
    skills: codes,
    skillLabels: codes.flatMap((code) => {
      const skill = skills.get(code);
      return skill ? [skill.labels.en, skill.labels.es, skill.labels.ar] : [];
    }),
    sector: job.sector,
    region: job.regionCode,
    remote: job.remote,
    languages: job.languages,
    hourlyWageMinor: job.hourlyWageMinor,
    wage: { amountMinor: job.wageMinor, currency: job.wageCurrency, period: job.wagePeriod, hoursPerWeek: job.hoursPerWeek },
    amount: null,
    closesOn: job.closingDate,
    publishedAt: (job.publishedAt ?? job.updatedAt).getTime(),
    visibleUntil: Math.min(closes, vettedUntil.getTime()),
  };
}

export function grantDocument(programme: GrantProgramme): OpportunityDocument {
  return {
    id: grantDocumentId(programme.id),
    type: 'grant',
    sourceId: programme.id,
    title: programme.title,
    description: programme.description,
    organisationName: programme.funder!.name,
    skills: [],
    skillLabels: [],
    sector: programme.sector,
    region: programme.regionCode,
    remote: false,
    languages: [],
    hourlyWageMinor: null,
    wage: null,
    amount: { minMinor: programme.amountMinMinor, maxMinor: programme.amountMaxMinor, currency: programme.currency },
    closesOn: programme.deadline,
    publishedAt: (programme.openedAt ?? programme.updatedAt).getTime(),
    visibleUntil: programme.deadline ? endOfDay(programme.deadline) : null,
  };
}
