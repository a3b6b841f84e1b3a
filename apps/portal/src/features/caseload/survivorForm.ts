import {
  PSEUDONYM_MAX_LENGTH,
  type LanguageLevel,
  type Sector,
  type Shift,
  type SkillLevel,
  type WorkLanguage,
  type WorkplacePreference,
} from '@onward/shared';
import type { TFunction } from 'i18next';
import { looksLikeEmail } from '../../lib/validation';
import { minorToAmountText, parseAmountToMinor } from '../employers/money';
import type { CreateSurvivorRequest, PersonalDetailsRequest, Survivor, UpdateSurvivorRequest } from './api/types';

export interface SkillRow {
  code: string;
  level: SkillLevel;
  /** As typed. */
  years: string;
}

export interface LanguageRow {
  code: WorkLanguage;
  level: LanguageLevel;
}

export interface PersonalValues {
  legalName: string;
  dateOfBirth: string;
  phone: string;
  email: string;
}

/** A profile as its form holds it: text as typed, converted only when sent. */
export interface SurvivorFormValues {
  pseudonym: string;
  personal: PersonalValues;
  skills: SkillRow[];
  languages: LanguageRow[];
  regionCode: string;
  hoursPerWeek: string;
  shifts: Shift[];
  preferredSectors: Sector[];
  workplace: WorkplacePreference;
  /** Major units of the region's currency, as typed ("12.50"). */
  minimumHourlyWage: string;
  excludedRegionCodes: string[];
  excludedSectors: Sector[];
  excludedEmployerIds: string[];
  /** Only when creating: where to send an invitation to their own account. */
  inviteEmail: string;
}

/** The parts of a profile that are saved together; an edit sends only those that changed. */
export const SURVIVOR_SECTIONS = ['pseudonym', 'personal', 'skills', 'languages', 'region', 'availability', 'preferences', 'exclusions'] as const;
export type SurvivorSection = (typeof SURVIVOR_SECTIONS)[number];

export const SURVIVOR_LIMITS = { pseudonymMax: PSEUDONYM_MAX_LENGTH, yearsMax: 60, hoursMin: 1, hoursMax: 60, legalNameMax: 200, emailMax: 254 };

/** The API's own checks, so a mistake shows before the form is sent. */
const PHONE = /^\+?[0-9 ()-]{6,25}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const WHOLE_NUMBER = /^\d+$/;

export const EMPTY_PERSONAL: PersonalValues = { legalName: '', dateOfBirth: '', phone: '', email: '' };

export const EMPTY_SURVIVOR_FORM: SurvivorFormValues = {
  pseudonym: '',
  personal: EMPTY_PERSONAL,
  skills: [],
  languages: [],
  regionCode: '',
  hoursPerWeek: '',
  shifts: [],
  preferredSectors: [],
  workplace: 'either',
  minimumHourlyWage: '',
  excludedRegionCodes: [],
  excludedSectors: [],
  excludedEmployerIds: [],
  inviteEmail: '',
};

export function survivorToFormValues(survivor: Survivor): SurvivorFormValues {
  const { personal, availability, preferences, exclusions } = survivor;
  return {
    pseudonym: survivor.pseudonym,
    personal: {
      legalName: personal.legalName ?? '',
      dateOfBirth: personal.dateOfBirth ?? '',
      phone: personal.phone ?? '',
      email: personal.email ?? '',
    },
    skills: survivor.skills.map(({ code, level, years }) => ({ code, level, years: String(years) })),
    languages: survivor.languages.map(({ code, level }) => ({ code: code as WorkLanguage, level })),
    regionCode: survivor.regionCode ?? '',
    hoursPerWeek: availability.hoursPerWeek === null ? '' : String(availability.hoursPerWeek),
    shifts: availability.shifts,
    preferredSectors: preferences.sectors,
    workplace: preferences.workplace,
    minimumHourlyWage: preferences.minimumHourlyWageMinor === null ? '' : minorToAmountText(preferences.minimumHourlyWageMinor),
    excludedRegionCodes: exclusions.regionCodes,
    excludedSectors: exclusions.sectors,
    excludedEmployerIds: exclusions.employerIds,
    inviteEmail: '',
  };
}

/** Field names as the form reports errors: a skill's years are `skills.2.years`, as the API says. */
export type SurvivorFormErrors = Record<string, string>;

/** Checks a person can fix before sending; the API checks again. */
export function validateSurvivorForm(t: TFunction, values: SurvivorFormValues, { invite }: { invite: boolean }): SurvivorFormErrors {
  const errors: SurvivorFormErrors = {};
  if (!values.pseudonym.trim()) errors.pseudonym = t('validation.required');
  const { dateOfBirth, phone, email } = values.personal;
  if (dateOfBirth && !DATE.test(dateOfBirth)) errors['personal.dateOfBirth'] = t('caseload.form.dateInvalid');
  if (phone.trim() && !PHONE.test(phone.trim())) errors['personal.phone'] = t('caseload.form.phoneInvalid');
  if (email.trim() && !looksLikeEmail(email)) errors['personal.email'] = t('validation.email');
  values.skills.forEach((skill, index) => {
    const years = skill.years.trim();
    if (!WHOLE_NUMBER.test(years) || Number(years) > SURVIVOR_LIMITS.yearsMax) {
      errors[`skills.${index}.years`] = t('caseload.form.yearsInvalid', { max: SURVIVOR_LIMITS.yearsMax });
    }
  });
  const hours = values.hoursPerWeek.trim();
  if (hours && (!WHOLE_NUMBER.test(hours) || Number(hours) < SURVIVOR_LIMITS.hoursMin || Number(hours) > SURVIVOR_LIMITS.hoursMax)) {
    errors['availability.hoursPerWeek'] = t('caseload.form.hoursInvalid', { min: SURVIVOR_LIMITS.hoursMin, max: SURVIVOR_LIMITS.hoursMax });
  }
  if (values.minimumHourlyWage.trim() && parseAmountToMinor(values.minimumHourlyWage) === null) {
    errors['preferences.minimumHourlyWageMinor'] = t('caseload.form.amountInvalid');
  }
  if (invite && values.inviteEmail.trim() && !looksLikeEmail(values.inviteEmail)) errors.inviteEmail = t('validation.email');
  return errors;
}

const orNull = (text: string) => text.trim() || null;

/** The request body of one section, as the form holds it now. */
function sectionRequest(values: SurvivorFormValues, section: SurvivorSection): UpdateSurvivorRequest {
  switch (section) {
    case 'pseudonym':
      return { pseudonym: values.pseudonym.trim() };
    case 'personal': {
      const { legalName, dateOfBirth, phone, email } = values.personal;
      // Each field is sent, null when emptied, so clearing one clears it.
      const personal: PersonalDetailsRequest = { legalName: orNull(legalName), dateOfBirth: orNull(dateOfBirth), phone: orNull(phone), email: orNull(email) };
      return { personal };
    }
    case 'skills':
      return { skills: values.skills.map(({ code, level, years }) => ({ code, level, years: Number(years.trim()) })) };
    case 'languages':
      return { languages: values.languages.map(({ code, level }) => ({ code, level })) };
    case 'region':
      return { regionCode: values.regionCode || null };
    case 'availability':
      return { availability: { hoursPerWeek: values.hoursPerWeek.trim() ? Number(values.hoursPerWeek.trim()) : null, shifts: values.shifts } };
    case 'preferences':
      return {
        preferences: {
          sectors: values.preferredSectors,
          workplace: values.workplace,
          minimumHourlyWageMinor: values.minimumHourlyWage.trim() ? parseAmountToMinor(values.minimumHourlyWage) : null,
        },
      };
    case 'exclusions':
      return { exclusions: { regionCodes: values.excludedRegionCodes, employerIds: values.excludedEmployerIds, sectors: values.excludedSectors } };
  }
}

/** Several sections' requests as one body. */
function merged(values: SurvivorFormValues, sections: readonly SurvivorSection[]): UpdateSurvivorRequest {
  return Object.assign({}, ...sections.map((section) => sectionRequest(values, section))) as UpdateSurvivorRequest;
}

/**
 * A new profile: every section, except sealed details nobody typed (nothing sealed is sent for
 * nothing), no region until one is chosen, and an invitation only to an address given.
 */
export function survivorFormToCreateRequest(values: SurvivorFormValues): CreateSurvivorRequest {
  const typed = Object.entries(values.personal).filter(([, text]) => text.trim() !== '');
  const personal: PersonalDetailsRequest = Object.fromEntries(typed.map(([field, text]) => [field, text.trim()]));
  return {
    pseudonym: values.pseudonym.trim(),
    ...(typed.length > 0 && { personal }),
    ...merged(values, ['skills', 'languages', 'availability', 'preferences', 'exclusions']),
    ...(values.regionCode && { regionCode: values.regionCode }),
    ...(values.inviteEmail.trim() && { inviteEmail: values.inviteEmail.trim() }),
  };
}

/** The sections whose request differs from what was loaded. */
export function changedSections(initial: SurvivorFormValues, values: SurvivorFormValues): SurvivorSection[] {
  return SURVIVOR_SECTIONS.filter((section) => JSON.stringify(sectionRequest(initial, section)) !== JSON.stringify(sectionRequest(values, section)));
}

/** Only the sections that changed; an empty object when nothing did. */
export function survivorFormToUpdateRequest(initial: SurvivorFormValues, values: SurvivorFormValues): UpdateSurvivorRequest {
  return merged(values, changedSections(initial, values));
}
