import { HOURS_PER_WEEK_MAX, type Sector, type WagePeriod, type WorkLanguage } from '@onward/shared';
import type { TFunction } from 'i18next';
import type { Job, Region, SaveJobRequest } from '../../api/types';
import { minorToAmountText, parseAmountToMinor } from './money';

/** A job as its form holds it: text as typed, converted only when sent. */
export interface JobFormValues {
  title: string;
  description: string;
  requiredSkills: string[];
  preferredSkills: string[];
  sector: Sector | '';
  regionCode: string;
  remote: boolean;
  wageAmount: string;
  wagePeriod: WagePeriod;
  hoursPerWeek: string;
  languages: WorkLanguage[];
  trainingOffered: string;
  accommodations: string;
  startDate: string;
  closingDate: string;
}

export type JobFormField = keyof JobFormValues;
export type JobFormErrors = Partial<Record<JobFormField, string>>;

export const JOB_LIMITS = { titleMin: 3, titleMax: 120, descriptionMin: 20, descriptionMax: 5000, skillsMax: 20, languagesMax: 10, textMax: 2000 };

export const EMPTY_JOB_FORM: JobFormValues = {
  title: '',
  description: '',
  requiredSkills: [],
  preferredSkills: [],
  sector: '',
  regionCode: '',
  remote: false,
  wageAmount: '',
  wagePeriod: 'hour',
  hoursPerWeek: '',
  languages: [],
  trainingOffered: '',
  accommodations: '',
  startDate: '',
  closingDate: '',
};

export function jobToFormValues(job: Job): JobFormValues {
  return {
    title: job.title,
    description: job.description,
    requiredSkills: job.requiredSkills,
    preferredSkills: job.preferredSkills,
    sector: job.sector,
    regionCode: job.regionCode,
    remote: job.remote,
    wageAmount: minorToAmountText(job.wage.amountMinor),
    wagePeriod: job.wage.period,
    hoursPerWeek: String(job.hoursPerWeek),
    languages: job.languages as WorkLanguage[],
    trainingOffered: job.trainingOffered ?? '',
    accommodations: job.accommodations ?? '',
    startDate: job.startDate ?? '',
    closingDate: job.closingDate ?? '',
  };
}

/** The checks a person can fix before sending; the API checks again (and the wage floor). */
export function validateJobForm(t: TFunction, values: JobFormValues): JobFormErrors {
  const errors: JobFormErrors = {};
  const required = t('validation.required');
  const title = values.title.trim();
  if (!title) errors.title = required;
  else if (title.length < JOB_LIMITS.titleMin) errors.title = t('employers.jobForm.tooShort', { count: JOB_LIMITS.titleMin });
  const description = values.description.trim();
  if (!description) errors.description = required;
  else if (description.length < JOB_LIMITS.descriptionMin) {
    errors.description = t('employers.jobForm.tooShort', { count: JOB_LIMITS.descriptionMin });
  }
  if (!values.sector) errors.sector = required;
  if (!values.regionCode) errors.regionCode = required;
  if (!values.wageAmount.trim()) errors.wageAmount = required;
  else if (!(parseAmountToMinor(values.wageAmount) ?? 0)) errors.wageAmount = t('employers.jobForm.amountInvalid');
  const hours = Number(values.hoursPerWeek);
  if (!values.hoursPerWeek.trim()) errors.hoursPerWeek = required;
  else if (!Number.isInteger(hours) || hours < 1 || hours > HOURS_PER_WEEK_MAX) {
    errors.hoursPerWeek = t('employers.jobForm.hoursInvalid', { max: HOURS_PER_WEEK_MAX });
  }
  return errors;
}

/** The request body; the wage is paid in the region's currency. */
export function jobFormToRequest(values: JobFormValues, region: Region): SaveJobRequest {
  return {
    title: values.title.trim(),
    description: values.description.trim(),
    requiredSkills: values.requiredSkills,
    preferredSkills: values.preferredSkills.filter((code) => !values.requiredSkills.includes(code)),
    sector: values.sector as Sector,
    regionCode: values.regionCode,
    remote: values.remote,
    wage: { amountMinor: parseAmountToMinor(values.wageAmount) ?? 0, currency: region.currency, period: values.wagePeriod },
    hoursPerWeek: Number(values.hoursPerWeek),
    languages: values.languages,
    trainingOffered: values.trainingOffered.trim() || null,
    accommodations: values.accommodations.trim() || null,
    startDate: values.startDate || null,
    closingDate: values.closingDate || null,
  };
}
