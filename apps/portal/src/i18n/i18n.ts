import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import followUpAr from '../features/follow-up/locales/ar.json';
import followUpEn from '../features/follow-up/locales/en.json';
import followUpEs from '../features/follow-up/locales/es.json';
import retentionAr from '../features/retention/locales/ar.json';
import retentionEn from '../features/retention/locales/en.json';
import retentionEs from '../features/retention/locales/es.json';
import checkInsAr from '../features/check-ins/locales/ar.json';
import checkInsEn from '../features/check-ins/locales/en.json';
import checkInsEs from '../features/check-ins/locales/es.json';
import employersAr from '../features/employers/locales/ar.json';
import employersEn from '../features/employers/locales/en.json';
import employersEs from '../features/employers/locales/es.json';
import grantsAr from '../features/grants/locales/ar.json';
import grantsEn from '../features/grants/locales/en.json';
import grantsEs from '../features/grants/locales/es.json';
import opportunitiesAr from '../features/opportunities/locales/ar.json';
import opportunitiesEn from '../features/opportunities/locales/en.json';
import opportunitiesEs from '../features/opportunities/locales/es.json';
import referenceAr from '../features/reference/locales/ar.json';
import referenceEn from '../features/reference/locales/en.json';
import referenceEs from '../features/reference/locales/es.json';
import vettingAr from '../features/vetting/locales/ar.json';
import vettingEn from '../features/vetting/locales/en.json';
import vettingEs from '../features/vetting/locales/es.json';
import profileAr from '../features/profile/locales/ar.json';
import profileEn from '../features/profile/locales/en.json';
import profileEs from '../features/profile/locales/es.json';
import caseloadAr from '../features/caseload/locales/ar.json';
import caseloadEn from '../features/caseload/locales/en.json';
import caseloadEs from '../features/caseload/locales/es.json';
import applicationsAr from '../features/applications/locales/ar.json';
import applicationsEn from '../features/applications/locales/en.json';
import applicationsEs from '../features/applications/locales/es.json';
import grantApplicationsAr from '../features/grant-applications/locales/ar.json';
import grantApplicationsEn from '../features/grant-applications/locales/en.json';
import grantApplicationsEs from '../features/grant-applications/locales/es.json';
import dataRightsAr from '../features/data-rights/locales/ar.json';
import dataRightsEn from '../features/data-rights/locales/en.json';
import dataRightsEs from '../features/data-rights/locales/es.json';
import passwordAr from '../features/password/locales/ar.json';
import passwordEn from '../features/password/locales/en.json';
import passwordEs from '../features/password/locales/es.json';
import operationsAr from '../features/operations/locales/ar.json';
import operationsEn from '../features/operations/locales/en.json';
import operationsEs from '../features/operations/locales/es.json';
import ar from './locales/ar.json';
import en from './locales/en.json';
import es from './locales/es.json';

export const SUPPORTED_LANGUAGES = ['en', 'es', 'ar'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';
export const LANGUAGE_STORAGE_KEY = 'onward.language';

/**
 * One translation namespace, assembled from the shell's strings and each feature's own locale
 * files (each feature owns one top-level key, so they never collide).
 */
export const resources = {
  en: { translation: { ...en, ...referenceEn, ...opportunitiesEn, ...employersEn, ...vettingEn, ...grantsEn, ...profileEn, ...caseloadEn, ...applicationsEn, ...grantApplicationsEn, ...followUpEn, ...retentionEn, ...checkInsEn, ...dataRightsEn, ...passwordEn, ...operationsEn } },
  es: { translation: { ...es, ...referenceEs, ...opportunitiesEs, ...employersEs, ...vettingEs, ...grantsEs, ...profileEs, ...caseloadEs, ...applicationsEs, ...grantApplicationsEs, ...followUpEs, ...retentionEs, ...checkInsEs, ...dataRightsEs, ...passwordEs, ...operationsEs } },
  ar: { translation: { ...ar, ...referenceAr, ...opportunitiesAr, ...employersAr, ...vettingAr, ...grantsAr, ...profileAr, ...caseloadAr, ...applicationsAr, ...grantApplicationsAr, ...followUpAr, ...retentionAr, ...checkInsAr, ...dataRightsAr, ...passwordAr, ...operationsAr } },
} as const;

const RIGHT_TO_LEFT: ReadonlySet<Language> = new Set(['ar']);

export function isSupportedLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}

export function directionOf(language: string): 'ltr' | 'rtl' {
  return isSupportedLanguage(language) && RIGHT_TO_LEFT.has(language) ? 'rtl' : 'ltr';
}

/** The stored choice first, then the browser's preferences, then English. */
export function detectLanguage(stored: string | null, preferred: readonly string[]): Language {
  if (isSupportedLanguage(stored)) return stored;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isSupportedLanguage(base)) return base;
  }
  return DEFAULT_LANGUAGE;
}

function readStoredLanguage(): string | null {
  try {
    return window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null; // storage can be blocked (private mode, strict settings)
  }
}

export function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not persisted; the choice still applies to this visit.
  }
}

function applyToDocument(language: string): void {
  document.documentElement.lang = language;
  // Mantine's DirectionProvider watches this attribute and follows it.
  document.documentElement.dir = directionOf(language);
}

export const i18n = i18next.createInstance();

i18n.on('languageChanged', applyToDocument);

void i18n.use(initReactI18next).init({
  resources,
  lng: detectLanguage(readStoredLanguage(), navigator.languages ?? [navigator.language]),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: SUPPORTED_LANGUAGES,
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
  initAsync: false,
});
