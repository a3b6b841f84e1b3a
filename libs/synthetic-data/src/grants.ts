import { Sector } from '@onward/shared';
import { addDays, isoDay, startOfDay } from './dates';
import { FunderRow } from './organisations';
import { Random, Seed } from './random';
import { SyntheticRegion } from './regions';

/** An open grant programme, column for column what `grant_programmes` holds (camelCase). */
export interface GrantProgrammeRow {
  id: string;
  funderId: string;
  title: string;
  description: string;
  amountMinMinor: number;
  amountMaxMinor: number;
  currency: string;
  eligibility: string;
  requiredDocuments: string[];
  sector: Sector | null;
  regionCode: string | null;
  deadline: string | null;
  status: 'open';
  openedAt: Date;
  createdAt: Date;
}

export interface GenerateGrantProgrammesOptions {
  seed: Seed;
  /** The moment the data is for: programmes opened in the 60 days before it and are still open. */
  now: Date;
  funders: readonly Pick<FunderRow, 'id'>[];
  regions: readonly SyntheticRegion[];
}

/** What a microenterprise grant is for; sector null means any business. */
const FOCUSES: ReadonlyArray<readonly [focus: string, sector: Sector | null, business: string, weight: number]> = [
  ['Fresh start', null, 'a small business of their own', 4],
  ['Women’s enterprise', null, 'a business run by women', 2],
  ['Self-employment', null, 'work as self-employed traders', 3],
  ['Food business', 'food', 'a food or catering business', 3],
  ['Street food', 'food', 'a street-food stall or van', 1.5],
  ['Market stall', 'retail', 'a market stall', 2],
  ['Home care cooperative', 'care', 'a care cooperative owned by its workers', 1],
  ['Cleaning business', 'cleaning', 'a cleaning business', 2],
  ['Sewing and tailoring', 'garment_crafts', 'an alterations or sewing business', 1.5],
  ['Salon and beauty', 'beauty', 'a hair, nails or beauty business', 1.5],
  ['Market garden', 'agriculture', 'growing and selling vegetables or flowers', 1],
  ['Delivery bike', 'transport_logistics', 'a bicycle delivery business', 0.8],
  ['Handyperson', 'construction', 'a repairs and decorating business', 1],
  ['Crafts', 'garment_crafts', 'making and selling crafts', 1],
];

const KINDS = ['start-up grant', 'microgrant', 'equipment fund', 'seed fund', 'enterprise award'];

const PURPOSES = [
  'Grants pay for equipment, stock, a first month’s rent for a pitch, or a licence.',
  'You can spend the grant on tools, a sewing machine, a food hygiene course or insurance.',
  'Every award comes with six months of mentoring from a local business owner.',
  'Money is paid in two parts: half at the start and half when the first milestone is met.',
  'We help you open a bank account for the business if you do not have one.',
  'Groups of two to five people can apply together for a cooperative.',
];

const ELIGIBILITY = [
  'You are a survivor of trafficking or modern slavery and your caseworker supports your application.',
  'You are 18 or over and have the right to work in the UK.',
  'The business is yours, or a cooperative you are a member of.',
  'You have not had a grant from this programme before.',
  'You live in the region the programme covers.',
  'You have a short plan for what you will sell and to whom; we can help you write it.',
];

const DOCUMENTS = [
  'A short business plan (one page)',
  'A budget for what the grant will buy',
  'A letter of support from your caseworker',
  'Proof of your right to work',
  'Quotes for the equipment you need',
  'Details of the bank account for the grant',
];

/** Open microenterprise grant programmes with amounts from a few hundred to a few thousand pounds. */
export function generateGrantProgrammes(count: number, options: GenerateGrantProgrammesOptions): GrantProgrammeRow[] {
  if (options.funders.length === 0) throw new Error('generateGrantProgrammes needs at least one funder');
  const random = new Random(options.seed, 'grant-programmes');
  const today = startOfDay(options.now);
  return Array.from({ length: count }, () => {
    const [focus, sector, business] = random.weighted(FOCUSES.map((entry) => [entry, entry[3]] as const));
    const region = random.chance(0.5) ? random.weighted(options.regions.map((candidate) => [candidate, candidate.weight] as const)) : null;
    const amountMinMinor = random.pick([25_000, 50_000, 50_000, 100_000]);
    const amountMaxMinor = Math.max(amountMinMinor * 2, Math.min(Math.ceil(random.logNormal(Math.log(200_000), 0.6) / 25_000) * 25_000, 1_000_000));
    const openedAt = new Date(options.now.getTime() - random.next() * 60 * 86_400_000);
    const kind = random.pick(KINDS);
    return {
      id: random.uuid(),
      funderId: random.pick(options.funders).id,
      title: `${region ? `${region.name} ` : ''}${region ? focus.toLowerCase() : focus} ${kind}`,
      description: [
        `A ${kind} for survivors starting ${business}${region ? ` in ${region.name}` : ''}.`,
        ...random.sample(PURPOSES, random.int(2, 3)),
      ].join(' '),
      amountMinMinor,
      amountMaxMinor,
      currency: 'GBP',
      eligibility: random.sample(ELIGIBILITY, random.int(2, 4)).join(' '),
      requiredDocuments: random.sample(DOCUMENTS, random.int(1, 4)),
      sector,
      regionCode: region?.code ?? null,
      deadline: random.chance(0.8) ? isoDay(addDays(today, random.int(7, 120))) : null,
      status: 'open',
      openedAt,
      createdAt: new Date(openedAt.getTime() - random.int(1, 14) * 86_400_000),
    };
  });
}
