import { LanguageLevel, Sector, Shift, SkillLevel, WorkplacePreference } from '@onward/shared';

/** What matching needs to know about a survivor. The API builds it from their profile. */
export interface MatchProfile {
  skills: { code: string; level: SkillLevel; years: number }[];
  /** ISO 639-1 codes. */
  languages: { code: string; level: LanguageLevel }[];
  regionCode: string | null;
  /** The most hours a week they can work; null when they have not said (no limit). */
  hoursPerWeek: number | null;
  /** When they can work; empty means any time. */
  shifts: Shift[];
  workplace: WorkplacePreference;
  /** Empty means no preference. */
  preferredSectors: Sector[];
  /** In the minor units of the jobs' currency: the API compares like with like. */
  minimumHourlyWageMinor: number | null;
  /** Employers, funders, regions and sectors the survivor must never be shown: a safety measure, never a preference. */
  exclusions: { regionCodes: string[]; employerIds: string[]; sectors: Sector[] };
}

export interface MatchableJob {
  type: 'job';
  id: string;
  title: string;
  employerId: string;
  /** Vetted, unexpired and unsuspended: the API decides. */
  employerVetted: boolean;
  sector: Sector;
  /** Where the employer is based, for a remote job too. */
  regionCode: string;
  remote: boolean;
  /** Skill codes. */
  requiredSkills: string[];
  preferredSkills: string[];
  /** Languages the work needs (ISO 639-1). */
  languages: string[];
  hoursPerWeek: number;
  /** Empty means the job fits anyone's hours. */
  shifts: Shift[];
  hourlyWageMinor: number;
  currency: string;
}

export interface MatchableGrant {
  type: 'grant';
  id: string;
  title: string;
  funderId: string;
  /** Null means any sector. */
  sector: Sector | null;
  /** Null means anywhere. */
  regionCode: string | null;
  open: boolean;
}

export type Opportunity = MatchableJob | MatchableGrant;
