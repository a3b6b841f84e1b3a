import { Sector } from '@onward/shared';

/**
 * Every code a reason or a gap may carry. The portal translates a sentence by its code and fills
 * it from `params`, so the params of each code carry everything its sentence says.
 */
export const EXPLANATION_CODES = [
  // Reasons: why the opportunity fits.
  'required_skills_held',
  'no_required_skills',
  'preferred_skills_held',
  'speaks_languages',
  'wage_meets_minimum',
  'preferred_sector',
  'within_region',
  'remote_work',
  // Gaps: what holds the score back.
  'missing_required_skills',
  'learning_required_skills',
  'missing_preferred_skills',
  'basic_language',
  'wage_below_minimum',
] as const;
export type ExplanationCode = (typeof EXPLANATION_CODES)[number];

/** The params of each code. Skills, languages and sectors are raw codes; money is minor units. */
export type ExplanationParams = {
  required_skills_held: { have: number; of: number };
  no_required_skills: Record<string, never>;
  preferred_skills_held: { have: number; of: number };
  speaks_languages: { languages: string[] };
  /** wageMinor may equal minimumMinor: the portal says "above" or "matches" by comparing them. */
  wage_meets_minimum: { wageMinor: number; minimumMinor: number; currency: string };
  preferred_sector: { sector: Sector };
  within_region: { regionCode: string };
  remote_work: Record<string, never>;
  missing_required_skills: { skills: string[] };
  learning_required_skills: { skills: string[] };
  missing_preferred_skills: { skills: string[] };
  basic_language: { languages: string[] };
  wage_below_minimum: { wageMinor: number; minimumMinor: number; currency: string };
};

export interface Explanation {
  code: ExplanationCode;
  params: Record<string, string | number | string[]>;
  /** English, for logs, the API's own messages and as a fallback; the portal translates by code. */
  text: string;
}

/** How to name codes in `text`. Params keep the raw codes whatever these return. */
export interface ExplainOptions {
  /** Default: the code. */
  skillLabel?: (code: string) => string;
  /** Default: the code. */
  languageLabel?: (code: string) => string;
  /** Default: the code. */
  sectorLabel?: (sector: Sector) => string;
  /** Default: the amount in major units and the currency code, e.g. "12.71 GBP". */
  formatMoney?: (minor: number, currency: string) => string;
}

/** ExplainOptions with every default filled in. */
export type Labels = Required<ExplainOptions>;

const minorDigitsByCurrency = new Map<string, number>();

/** Most currencies have two minor digits; yen has none and dinars three, so ask Intl, once per currency. */
function minorDigits(currency: string): number {
  let digits = minorDigitsByCurrency.get(currency);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      digits = 2; // Not an ISO 4217 code: the text still reads, and params keep the raw amount.
    }
    minorDigitsByCurrency.set(currency, digits);
  }
  return digits;
}

function formatMoney(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  return `${(minor / 10 ** digits).toFixed(digits)} ${currency}`;
}

const identity = (code: string) => code;

export function resolveLabels(options: ExplainOptions = {}): Labels {
  return {
    skillLabel: options.skillLabel ?? identity,
    languageLabel: options.languageLabel ?? identity,
    sectorLabel: options.sectorLabel ?? identity,
    formatMoney: options.formatMoney ?? formatMoney,
  };
}

/** "a", "a and b", "a, b and c". */
function list(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const skills = (of: number) => (of === 1 ? 'skill' : 'skills');

const TEXT: { [C in ExplanationCode]: (params: ExplanationParams[C], labels: Labels) => string } = {
  required_skills_held: ({ have, of }) => `Has ${have} of ${of} required ${skills(of)}`,
  no_required_skills: () => 'No particular skills required',
  preferred_skills_held: ({ have, of }) => `Has ${have} of ${of} preferred ${skills(of)}`,
  speaks_languages: ({ languages }, labels) => `Speaks ${list(languages.map(labels.languageLabel))}`,
  wage_meets_minimum: ({ wageMinor, minimumMinor, currency }, { formatMoney }) =>
    `Pays ${formatMoney(wageMinor, currency)} an hour, ${wageMinor > minimumMinor ? 'above' : 'matching'} your minimum of ${formatMoney(minimumMinor, currency)}`,
  preferred_sector: ({ sector }, labels) => `In a sector you prefer: ${labels.sectorLabel(sector)}`,
  within_region: () => 'Within your region',
  remote_work: () => 'Remote work',
  missing_required_skills: ({ skills }, labels) => `Missing: ${list(skills.map(labels.skillLabel))}`,
  learning_required_skills: ({ skills }, labels) => `Still learning: ${list(skills.map(labels.skillLabel))}`,
  missing_preferred_skills: ({ skills }, labels) => `Would also help: ${list(skills.map(labels.skillLabel))}`,
  basic_language: ({ languages }, labels) => `Only basic ${list(languages.map(labels.languageLabel))}`,
  wage_below_minimum: ({ wageMinor, minimumMinor, currency }, { formatMoney }) =>
    `Pays ${formatMoney(wageMinor, currency)} an hour, below your minimum of ${formatMoney(minimumMinor, currency)}`,
};

export function explain<C extends ExplanationCode>(code: C, params: ExplanationParams[C], labels: Labels): Explanation {
  return { code, params, text: TEXT[code](params, labels) };
}
