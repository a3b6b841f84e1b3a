import type { Sector } from '@onward/shared';
import type { TFunction } from 'i18next';
import type { GrantProgramme, SaveGrantProgrammeRequest } from '../../api/types';
import { minorToAmountText, parseAmountToMinor } from '../employers/money';

/** A grant programme as its form holds it: text as typed, converted only when sent. */
export interface GrantFormValues {
  funderId: string;
  title: string;
  description: string;
  minAmount: string;
  maxAmount: string;
  currency: string;
  eligibility: string;
  /** One document per line. */
  requiredDocuments: string;
  sector: Sector | '';
  regionCode: string;
  deadline: string;
}

export type GrantFormField = keyof GrantFormValues;
export type GrantFormErrors = Partial<Record<GrantFormField, string>>;

export const GRANT_LIMITS = {
  titleMin: 3,
  titleMax: 120,
  descriptionMin: 20,
  descriptionMax: 5000,
  eligibilityMin: 3,
  eligibilityMax: 3000,
  documentMin: 2,
  documentMax: 200,
  documentsMax: 20,
};

export const EMPTY_GRANT_FORM: GrantFormValues = {
  funderId: '',
  title: '',
  description: '',
  minAmount: '',
  maxAmount: '',
  currency: '',
  eligibility: '',
  requiredDocuments: '',
  sector: '',
  regionCode: '',
  deadline: '',
};

export function programmeToFormValues(programme: GrantProgramme): GrantFormValues {
  return {
    funderId: programme.funderId,
    title: programme.title,
    description: programme.description,
    minAmount: minorToAmountText(programme.amount.minMinor),
    maxAmount: minorToAmountText(programme.amount.maxMinor),
    currency: programme.amount.currency,
    eligibility: programme.eligibility,
    requiredDocuments: programme.requiredDocuments.join('\n'),
    sector: programme.sector ?? '',
    regionCode: programme.regionCode ?? '',
    deadline: programme.deadline ?? '',
  };
}

export function documentLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** Checks a person can fix before sending; the API checks again. */
export function validateGrantForm(t: TFunction, values: GrantFormValues, { needsFunder }: { needsFunder: boolean }): GrantFormErrors {
  const errors: GrantFormErrors = {};
  const required = t('validation.required');
  const tooShort = (count: number) => t('grants.form.tooShort', { count });
  if (needsFunder && !values.funderId) errors.funderId = required;
  const title = values.title.trim();
  if (!title) errors.title = required;
  else if (title.length < GRANT_LIMITS.titleMin) errors.title = tooShort(GRANT_LIMITS.titleMin);
  const description = values.description.trim();
  if (!description) errors.description = required;
  else if (description.length < GRANT_LIMITS.descriptionMin) errors.description = tooShort(GRANT_LIMITS.descriptionMin);
  const min = parseAmountToMinor(values.minAmount);
  const max = parseAmountToMinor(values.maxAmount);
  if (!values.minAmount.trim()) errors.minAmount = required;
  else if (min === null) errors.minAmount = t('grants.form.amountInvalid');
  if (!values.maxAmount.trim()) errors.maxAmount = required;
  else if (max === null) errors.maxAmount = t('grants.form.amountInvalid');
  else if (min !== null && max < min) errors.maxAmount = t('grants.form.maxBelowMin');
  if (!values.currency) errors.currency = required;
  const eligibility = values.eligibility.trim();
  if (!eligibility) errors.eligibility = required;
  else if (eligibility.length < GRANT_LIMITS.eligibilityMin) errors.eligibility = tooShort(GRANT_LIMITS.eligibilityMin);
  const documents = documentLines(values.requiredDocuments);
  if (documents.length > GRANT_LIMITS.documentsMax) {
    errors.requiredDocuments = t('grants.form.tooManyDocuments', { count: GRANT_LIMITS.documentsMax });
  } else if (documents.some((line) => line.length < GRANT_LIMITS.documentMin || line.length > GRANT_LIMITS.documentMax)) {
    errors.requiredDocuments = t('grants.form.documentLength', { min: GRANT_LIMITS.documentMin, max: GRANT_LIMITS.documentMax });
  }
  return errors;
}

/** The request body; `funderId` only when the person may choose it (staff). */
export function grantFormToRequest(values: GrantFormValues, { withFunder }: { withFunder: boolean }): SaveGrantProgrammeRequest {
  return {
    ...(withFunder ? { funderId: values.funderId } : {}),
    title: values.title.trim(),
    description: values.description.trim(),
    amount: {
      minMinor: parseAmountToMinor(values.minAmount) ?? 0,
      maxMinor: parseAmountToMinor(values.maxAmount) ?? 0,
      currency: values.currency,
    },
    eligibility: values.eligibility.trim(),
    requiredDocuments: documentLines(values.requiredDocuments),
    sector: values.sector || null,
    regionCode: values.regionCode || null,
    deadline: values.deadline || null,
  };
}
