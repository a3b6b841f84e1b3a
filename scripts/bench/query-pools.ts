import { Random, SECTOR_PROFILES, UK_REGIONS } from '@onward/synthetic-data';
import { Sector } from '@onward/shared';

/**
 * Searches as survivors would type them, drawn from the loaded data's own vocabulary, many
 * more than a scenario sends: each measured request is a query the API has not answered before
 * in the run, so a result cache in the engine cannot flatter the figures.
 */
export interface QueryPools {
  /** Words in 2–40% of jobs: "cleaner", "kitchen", "training". */
  commonWords: string[];
  /** Words in 0.05–1% of jobs: trades, towns, rarer duties. */
  rareWords: string[];
  /** A role's two words ("kitchen porter", "night care") or a word and a town ("cleaner leeds"). */
  twoWords: string[];
  /** A word of the vocabulary with one typo that makes it no word of the vocabulary ("kichen"). */
  typos: string[];
  /** A word of a sector's job titles with that sector and a region. */
  filtered: Array<Record<string, string>>;
}

/** Counts, per word, the jobs whose title or description contains it. */
export class WordCounter {
  readonly counts = new Map<string, number>();
  documents = 0;

  add(text: string): void {
    this.documents++;
    for (const word of new Set(text.toLowerCase().split(/[^\p{L}]+/u))) {
      if (word.length >= MIN_WORD_LENGTH) this.counts.set(word, (this.counts.get(word) ?? 0) + 1);
    }
  }
}

const MIN_WORD_LENGTH = 4;

/** Words nobody searches for on their own. */
const FUNCTION_WORDS = new Set([
  'about', 'after', 'also', 'always', 'among', 'been', 'before', 'each', 'every', 'from', 'have', 'here', 'into', 'just', 'more',
  'most', 'much', 'must', 'need', 'needs', 'never', 'only', 'other', 'over', 'some', 'such', 'than', 'that', 'their', 'them',
  'then', 'there', 'these', 'they', 'this', 'those', 'very', 'what', 'when', 'where', 'which', 'while', 'will', 'with', 'your',
]);

const words = (text: string) => text.toLowerCase().replace(/['’]s\b/g, '').split(/[^\p{L}]+/u).filter((word) => word.length >= 3);

export function buildQueryPools(counter: WordCounter, seed: string): QueryPools {
  const random = new Random(seed, 'queries');
  const share = (word: string) => (counter.counts.get(word) ?? 0) / Math.max(counter.documents, 1);
  const vocabulary = [...counter.counts.keys()].filter((word) => !FUNCTION_WORDS.has(word)).sort();
  const commonWords = random.shuffle(vocabulary.filter((word) => share(word) >= 0.02 && share(word) <= 0.4));
  const rareWords = random.shuffle(vocabulary.filter((word) => share(word) >= 0.0005 && share(word) < 0.01));

  const towns = UK_REGIONS.flatMap((region) => region.towns.map((town) => town.toLowerCase()));
  const titles = Object.values(SECTOR_PROFILES).flatMap((profile) => profile.roles.map((role) => words(role.title)));
  const bigrams = new Set(titles.flatMap((title) => [...title.slice(1).map((word, i) => `${title[i]} ${word}`), `night ${title[0]}`]));
  const titleWords = [...new Set(titles.flat())].filter((word) => word.length >= MIN_WORD_LENGTH);
  const withTowns = titleWords.flatMap((word) => towns.map((town) => `${word} ${town}`));
  const twoWords = random.shuffle([...bigrams, ...random.sample(withTowns, bigrams.size * 4)]);

  // Typos that are no word and no word's beginning, so it is the typo path that finds them.
  const known = [...counter.counts.keys()].sort();
  const typos = new Set<string>();
  const typoSources = [...commonWords, ...rareWords].filter((word) => word.length >= 5);
  for (let attempt = 0; attempt < typoSources.length * 20 && typos.size < 5000; attempt++) {
    const typo = withTypo(random, random.pick(typoSources));
    if (!beginsAWord(known, typo)) typos.add(typo);
  }

  const filtered = (Object.keys(SECTOR_PROFILES) as Sector[]).flatMap((sector) =>
    [...new Set(SECTOR_PROFILES[sector].roles.flatMap((role) => words(role.title)))]
      .filter((word) => word.length >= MIN_WORD_LENGTH)
      .flatMap((q) => UK_REGIONS.map((region) => ({ q, sector, region: region.code }))),
  );
  return { commonWords, rareWords, twoWords, typos: random.shuffle([...typos]), filtered: random.shuffle(filtered) };
}

/** Whether some word of the sorted list starts with `prefix` (or is it). */
function beginsAWord(sorted: readonly string[], prefix: string): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid] < prefix) low = mid + 1;
    else high = mid;
  }
  return low < sorted.length && sorted[low].startsWith(prefix);
}

const KEYBOARD_NEIGHBOURS: Record<string, string> = {
  a: 'sq', b: 'vn', c: 'xv', d: 'sf', e: 'wr', f: 'dg', g: 'fh', h: 'gj', i: 'uo', j: 'hk', k: 'jl', l: 'k', m: 'n',
  n: 'bm', o: 'ip', p: 'o', q: 'w', r: 'et', s: 'ad', t: 'ry', u: 'yi', v: 'cb', w: 'qe', x: 'zc', y: 'tu', z: 'x',
};

/** One typo of the kinds people make: a letter left out, doubled, swapped or hit beside. */
function withTypo(random: Random, word: string): string {
  const at = random.int(1, word.length - 2);
  switch (random.int(0, 3)) {
    case 0:
      return word.slice(0, at) + word.slice(at + 1);
    case 1:
      return word.slice(0, at) + word[at] + word.slice(at);
    case 2:
      return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
    default:
      return word.slice(0, at) + random.pick([...(KEYBOARD_NEIGHBOURS[word[at]] ?? 'e')]) + word.slice(at + 1);
  }
}
