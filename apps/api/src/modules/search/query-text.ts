/**
 * Turning a survivor's free text into search terms for the embedded engine: which words to look
 * for, which indexed words count as a typo of them, and the tsquery that ANDs them. No I/O.
 */

/** Words past this are ignored: a longer query is a pasted paragraph, not a search. */
export const QUERY_MAX_WORDS = 8;
/** A longer "word" is no word anyone types; cutting it keeps the trigram work bounded. */
export const QUERY_MAX_WORD_LENGTH = 40;
/** Indexed words offered for one misspelt word, nearest first. */
export const TYPO_ALTERNATIVES_MAX = 4;

/**
 * The words of a query: runs of letters and digits in any script. Punctuation, symbols and
 * emoji separate words. An accent typed as a separate mark is composed with its letter (the
 * database then folds it like any other); marks with no composed letter (Arabic vowel signs)
 * are dropped, as people rarely type them and ads rarely carry them.
 */
export function queryWords(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .map((word) => Array.from(word.replace(/\p{M}+/gu, '')).slice(0, QUERY_MAX_WORD_LENGTH).join(''))
    .filter((word) => word.length > 0)
    .slice(0, QUERY_MAX_WORDS);
}

/** How many typos a word of this length may carry (Meilisearch's rule: one from 4, two from 8). */
export function typoBudget(word: string): number {
  const length = Array.from(word).length;
  return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}

/**
 * Edit distance counting an insertion, a deletion, a substitution or a swap of two neighbouring
 * letters as one typo (optimal string alignment). Stops early once it exceeds `max`.
 */
export function typoDistance(a: string, b: string, max: number): number {
  const s = Array.from(a);
  const t = Array.from(b);
  if (Math.abs(s.length - t.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) value = Math.min(value, before[j - 2] + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[t.length];
}

/**
 * The indexed words to accept in place of a query word: those within its typo budget, leaving
 * out the ones its prefix search already finds.
 */
export function typoAlternatives(word: string, candidates: readonly string[]): string[] {
  const budget = typoBudget(word);
  if (budget === 0) return [];
  return candidates
    .filter((candidate) => !candidate.startsWith(word) && typoDistance(word, candidate, budget) <= budget)
    .slice(0, TYPO_ALTERNATIVES_MAX);
}

/** One normalised query word (as the index spells it) and the indexed words accepted instead. */
export interface QueryTerm {
  lexeme: string;
  alternatives: string[];
}

/** Only plain letters and digits are ever written into a tsquery: nothing else can break out. */
const SAFE_LEXEME = /^[\p{L}\p{N}]+$/u;

/** Prefix matching starts at two letters: a one-letter prefix matches most of the index. */
const PREFIX_MIN_LENGTH = 2;

/**
 * A tsquery (PostgreSQL's input syntax) requiring every term, each as a prefix or one of its
 * alternatives: `('clea':* | 'clean') & ('cook':*)`. Null when no term is usable.
 */
export function toTsQuery(terms: readonly QueryTerm[]): string | null {
  const clauses = new Set<string>();
  for (const term of terms) {
    if (!SAFE_LEXEME.test(term.lexeme)) continue;
    const prefix = Array.from(term.lexeme).length >= PREFIX_MIN_LENGTH ? ':*' : '';
    const options = [`'${term.lexeme}'${prefix}`, ...term.alternatives.filter((word) => SAFE_LEXEME.test(word)).map((word) => `'${word}'`)];
    clauses.add(options.length === 1 ? options[0] : `(${options.join(' | ')})`);
  }
  return clauses.size === 0 ? null : [...clauses].join(' & ');
}
