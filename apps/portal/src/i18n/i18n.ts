import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import ar from './locales/ar.json';
import en from './locales/en.json';
import es from './locales/es.json';

export const SUPPORTED_LANGUAGES = ['en', 'es', 'ar'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';
export const LANGUAGE_STORAGE_KEY = 'onward.language';

export const resources = {
  en: { translation: en },
  es: { translation: es },
  ar: { translation: ar },
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
