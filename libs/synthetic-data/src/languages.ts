import { WorkLanguage } from '@onward/shared';
import { Weighted } from './random';

interface LanguageInfo {
  name: string;
  /** The `languages.*` skill of the taxonomy for speaking it. */
  skill: string;
  /** How often a job asks for it besides (or instead of) English. */
  weight: number;
}

/** Languages jobs ask for besides English, weighted by how often UK ads for low-wage work do. */
export const SECOND_LANGUAGES: Readonly<Partial<Record<WorkLanguage, LanguageInfo>>> = {
  es: { name: 'Spanish', skill: 'languages.spanish', weight: 18 },
  pl: { name: 'Polish', skill: 'languages.polish', weight: 14 },
  ro: { name: 'Romanian', skill: 'languages.romanian', weight: 14 },
  ar: { name: 'Arabic', skill: 'languages.arabic', weight: 10 },
  pt: { name: 'Portuguese', skill: 'languages.portuguese', weight: 8 },
  uk: { name: 'Ukrainian', skill: 'languages.ukrainian', weight: 8 },
  ur: { name: 'Urdu', skill: 'languages.urdu', weight: 5 },
  fr: { name: 'French', skill: 'languages.french', weight: 4 },
  bn: { name: 'Bengali', skill: 'languages.bengali', weight: 4 },
  pa: { name: 'Punjabi', skill: 'languages.punjabi', weight: 4 },
  ru: { name: 'Russian', skill: 'languages.russian', weight: 3 },
  so: { name: 'Somali', skill: 'languages.somali', weight: 3 },
  ti: { name: 'Tigrinya', skill: 'languages.tigrinya', weight: 3 },
  tr: { name: 'Turkish', skill: 'languages.turkish', weight: 3 },
  sq: { name: 'Albanian', skill: 'languages.albanian', weight: 3 },
  zh: { name: 'Mandarin', skill: 'languages.mandarin', weight: 3 },
  vi: { name: 'Vietnamese', skill: 'languages.vietnamese', weight: 2 },
  fa: { name: 'Farsi', skill: 'languages.farsi', weight: 2 },
  ku: { name: 'Kurdish', skill: 'languages.kurdish', weight: 2 },
  am: { name: 'Amharic', skill: 'languages.amharic', weight: 2 },
  tl: { name: 'Tagalog', skill: 'languages.tagalog', weight: 2 },
};

export const SECOND_LANGUAGE_WEIGHTS: Weighted<WorkLanguage> = (Object.keys(SECOND_LANGUAGES) as WorkLanguage[]).map((code) => [
  code,
  SECOND_LANGUAGES[code]!.weight,
]);

/** What a job asks for: English alone, English and another language, or another language alone. */
export const LANGUAGE_MIXES: Weighted<'english' | 'both' | 'other'> = [
  ['english', 82],
  ['both', 13],
  ['other', 5],
];
