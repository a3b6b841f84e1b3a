import type { ParseKeys } from 'i18next';
import { PSEUDONYM_MAX_LENGTH, type LanguageLevel, type Sector, type Shift, type SkillLevel, type WorkLanguage, type WorkplacePreference } from '@onward/shared';
import { ApiError } from '../../api/errors';
import { minorToAmountText, parseAmountToMinor } from '../employers/money';
import type { Survivor, UpdateSurvivorRequest } from './api/types';

/**
 * The profile is edited in sections, each saved on its own with PATCH /survivors/me. Each
 * section's values are what its fields hold (text for numbers, so a half-typed value stays);
 * `toRequest` turns them into the part of the profile that section sends.
 *
 * Errors are keyed by the API's field paths (`personal.phone`, `skills.2.years`) so that the
 * checks here and the API's answer land on the same field.
 */
export type FieldErrors = Record<string, ParseKeys>;

export const PROFILE_LIMITS = {
  pseudonymMax: PSEUDONYM_MAX_LENGTH,
  legalNameMax: 200,
  emailMax: 254,
  yearsMax: 60,
  hoursMin: 1,
  hoursMax: 60,
  minimumWageMaxMinor: 1_000_000,
} as const;

/** The message for a refused field, by its path with list positions taken out. */
const HINTS: Record<string, ParseKeys> = {
  pseudonym: 'profile.hints.pseudonym',
  'personal.legalName': 'profile.hints.legalName',
  'personal.dateOfBirth': 'profile.hints.dateOfBirth',
  'personal.phone': 'profile.hints.phone',
  'personal.email': 'profile.hints.email',
  skills: 'profile.hints.skills',
  'skills.years': 'profile.hints.years',
  languages: 'profile.hints.languages',
  regionCode: 'profile.hints.region',
  'availability.hoursPerWeek': 'profile.hints.hoursPerWeek',
  'preferences.minimumHourlyWageMinor': 'profile.hints.minimumPay',
  exclusions: 'profile.hints.exclusions',
};

/** `skills.2.years` → `skills.years`. */
const withoutPositions = (path: string) => path.replace(/\.\d+(?=\.|$)/g, '');

export function hintFor(path: string): ParseKeys {
  const pattern = withoutPositions(path);
  return HINTS[pattern] ?? HINTS[pattern.split('.')[0]] ?? 'validation.invalid';
}

/**
 * Whether the API refused `path`, or (unless `exact`) anything under it. Its own per-field text
 * is English, so the field shows a translated hint instead (hintFor).
 */
export function serverRefused(error: unknown, path: string, exact = false): boolean {
  if (!(error instanceof ApiError)) return false;
  return Object.keys(error.fields).some((key) => key === path || (!exact && key.startsWith(`${path}.`)));
}

// Name ---------------------------------------------------------------------------------------

export function validatePseudonym(value: string): FieldErrors {
  const length = value.trim().length;
  return length < 1 || length > PROFILE_LIMITS.pseudonymMax ? { pseudonym: HINTS.pseudonym } : {};
}

export const pseudonymRequest = (value: string): UpdateSurvivorRequest => ({ pseudonym: value.trim() });

// Private details ----------------------------------------------------------------------------

export interface PersonalValues {
  legalName: string;
  dateOfBirth: string;
  phone: string;
  email: string;
}

export const personalValues = ({ personal }: Survivor): PersonalValues => ({
  legalName: personal.legalName ?? '',
  dateOfBirth: personal.dateOfBirth ?? '',
  phone: personal.phone ?? '',
  email: personal.email ?? '',
});

const PHONE = /^\+?[0-9 ()-]{6,25}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `today` as YYYY-MM-DD, from the caller so the check is testable. */
export function validatePersonal(values: PersonalValues, today: string): FieldErrors {
  const errors: FieldErrors = {};
  const { legalName, dateOfBirth, phone, email } = trimmed(values);
  if (legalName.length > PROFILE_LIMITS.legalNameMax) errors['personal.legalName'] = HINTS['personal.legalName'];
  if (dateOfBirth && (!DATE.test(dateOfBirth) || Number.isNaN(Date.parse(dateOfBirth)) || dateOfBirth >= today)) {
    errors['personal.dateOfBirth'] = HINTS['personal.dateOfBirth'];
  }
  if (phone && !PHONE.test(phone)) errors['personal.phone'] = HINTS['personal.phone'];
  if (email && (!EMAIL.test(email) || email.length > PROFILE_LIMITS.emailMax)) errors['personal.email'] = HINTS['personal.email'];
  return errors;
}

/** Every field is sent: an emptied one is cleared (null), as the person would expect. */
export function personalRequest(values: PersonalValues): UpdateSurvivorRequest {
  const { legalName, dateOfBirth, phone, email } = trimmed(values);
  return { personal: { legalName: legalName || null, dateOfBirth: dateOfBirth || null, phone: phone || null, email: email || null } };
}

function trimmed(values: PersonalValues): PersonalValues {
  return { legalName: values.legalName.trim(), dateOfBirth: values.dateOfBirth.trim(), phone: values.phone.trim(), email: values.email.trim() };
}

// Skills -------------------------------------------------------------------------------------

export interface SkillValue {
  code: string;
  level: SkillLevel;
  years: string;
}

export const skillValues = ({ skills }: Survivor): SkillValue[] => skills.map(({ code, level, years }) => ({ code, level, years: String(years) }));

export const newSkill = (code: string): SkillValue => ({ code, level: 'can_do', years: '0' });

const WHOLE_NUMBER = /^\d{1,3}$/;

function wholeNumberIn(text: string, min: number, max: number): number | null {
  const trimmedText = text.trim();
  if (!WHOLE_NUMBER.test(trimmedText)) return null;
  const value = Number(trimmedText);
  return value >= min && value <= max ? value : null;
}

export function validateSkills(skills: SkillValue[]): FieldErrors {
  const errors: FieldErrors = {};
  skills.forEach((skill, index) => {
    if (wholeNumberIn(skill.years, 0, PROFILE_LIMITS.yearsMax) === null) errors[`skills.${index}.years`] = HINTS['skills.years'];
  });
  return errors;
}

export const skillsRequest = (skills: SkillValue[]): UpdateSurvivorRequest => ({
  skills: skills.map(({ code, level, years }) => ({ code, level, years: Number(years.trim()) })),
});

// Languages ----------------------------------------------------------------------------------

export interface LanguageValue {
  code: WorkLanguage;
  level: LanguageLevel;
}

export const languageValues = ({ languages }: Survivor): LanguageValue[] => languages.map(({ code, level }) => ({ code, level }));

export const newLanguage = (code: WorkLanguage): LanguageValue => ({ code, level: 'conversational' });

export const languagesRequest = (languages: LanguageValue[]): UpdateSurvivorRequest => ({ languages });

// Region -------------------------------------------------------------------------------------

export const regionRequest = (regionCode: string): UpdateSurvivorRequest => ({ regionCode: regionCode || null });

// Availability -------------------------------------------------------------------------------

export interface AvailabilityValues {
  hoursPerWeek: string;
  shifts: Shift[];
}

export const availabilityValues = ({ availability }: Survivor): AvailabilityValues => ({
  hoursPerWeek: availability.hoursPerWeek === null ? '' : String(availability.hoursPerWeek),
  shifts: availability.shifts,
});

export function validateAvailability(values: AvailabilityValues): FieldErrors {
  const hours = values.hoursPerWeek.trim();
  return hours && wholeNumberIn(hours, PROFILE_LIMITS.hoursMin, PROFILE_LIMITS.hoursMax) === null
    ? { 'availability.hoursPerWeek': HINTS['availability.hoursPerWeek'] }
    : {};
}

export const availabilityRequest = (values: AvailabilityValues): UpdateSurvivorRequest => ({
  availability: { hoursPerWeek: values.hoursPerWeek.trim() ? Number(values.hoursPerWeek.trim()) : null, shifts: values.shifts },
});

// Preferences --------------------------------------------------------------------------------

export interface PreferenceValues {
  sectors: Sector[];
  workplace: WorkplacePreference;
  /** Major units as typed: "12.50". */
  minimumPay: string;
}

export const preferenceValues = ({ preferences }: Survivor): PreferenceValues => ({
  sectors: preferences.sectors,
  workplace: preferences.workplace,
  minimumPay: preferences.minimumHourlyWageMinor === null ? '' : minorToAmountText(preferences.minimumHourlyWageMinor),
});

export function validatePreferences(values: PreferenceValues): FieldErrors {
  const pay = values.minimumPay.trim();
  if (!pay) return {};
  const minor = parseAmountToMinor(pay);
  return minor === null || minor > PROFILE_LIMITS.minimumWageMaxMinor ? { 'preferences.minimumHourlyWageMinor': HINTS['preferences.minimumHourlyWageMinor'] } : {};
}

export const preferencesRequest = (values: PreferenceValues): UpdateSurvivorRequest => ({
  preferences: {
    sectors: values.sectors,
    workplace: values.workplace,
    minimumHourlyWageMinor: values.minimumPay.trim() ? parseAmountToMinor(values.minimumPay) : null,
  },
});

// Safety exclusions --------------------------------------------------------------------------

export interface ExclusionValues {
  regionCodes: string[];
  sectors: Sector[];
  /** Employers with their names; the request sends only the ids. */
  employers: { id: string; name: string }[];
}

export const exclusionValues = ({ exclusions }: Survivor): ExclusionValues => ({
  regionCodes: exclusions.regionCodes,
  sectors: exclusions.sectors,
  // An id the API could not name (an organisation since removed) still stays excluded.
  employers: exclusions.employerIds.map((id) => ({ id, name: exclusions.employers.find((employer) => employer.id === id)?.name ?? '' })),
});

/** All three lists go together: the API replaces the exclusions as a whole. */
export const exclusionsRequest = (values: ExclusionValues): UpdateSurvivorRequest => ({
  exclusions: { regionCodes: values.regionCodes, employerIds: values.employers.map((employer) => employer.id), sectors: values.sectors },
});
