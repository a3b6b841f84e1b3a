import { Sector } from '@onward/shared';
import { placeName } from './place-names';
import { Random, Seed, WeightedTable } from './random';
import { SyntheticRegion } from './regions';
import { SECTOR_PROFILES, SECTOR_WEIGHTS } from './sector-profiles';

/** An employer organisation and what it registered with. Vetting is the caller's to decide. */
export interface EmployerRow {
  id: string;
  name: string;
  legalName: string;
  registrationNumber: string;
  sector: Sector;
  /** Region codes it hires in; the first is its home region. */
  regions: string[];
  contactName: string;
  contactEmail: string;
  contactPhone: string;
}

export interface FunderRow {
  id: string;
  name: string;
}

const NAME_STEMS = [
  'Riverside', 'Oakwood', 'Northgate', 'Bluebell', 'Meadow', 'Kingfisher', 'Hillside', 'Sunrise', 'Maple', 'Ivy',
  'Castle', 'Willow', 'Elm Tree', 'Beacon', 'Lantern', 'Heather', 'Thistle', 'Harbour', 'Millbrook', 'Greenfield',
  'Foxglove', 'Abbey', 'Station Road', 'Westfield', 'Clearwater', 'Brightside', 'Parkview', 'Rosewood', 'Ashford',
  'Silverdale', 'Orchard', 'Holly', 'Highfield', 'Bridgewater', 'Marigold', 'Cedar', 'Swallow', 'Lark', 'Copper Beech',
  'Union', 'Horizon', 'Evergreen', 'Fairway', 'Juniper', 'Moorland', 'Wren', 'Saffron', 'Anchor', 'Compass', 'Kestrel',
];

const GIVEN_NAMES = ['Amira', 'Ben', 'Chloe', 'Dariusz', 'Elena', 'Femi', 'Grace', 'Hassan', 'Ioana', 'James', 'Kasia', 'Li', 'Maria', 'Nadia', 'Omar', 'Priya', 'Rosa', 'Sam', 'Tomasz', 'Yusuf'];
const FAMILY_NAMES = ['Ahmed', 'Brown', 'Campbell', 'Davies', 'Evans', 'Fernandes', 'Green', 'Hughes', 'Iqbal', 'Jones', 'Khan', 'Lewis', 'Murphy', 'Nowak', 'Okafor', 'Patel', 'Popescu', 'Smith', 'Taylor', 'Williams'];

const FUNDER_NAMES = [
  'Fresh Start Enterprise Fund', 'Northern Women’s Enterprise Trust', 'Community Foundation', 'Small Steps Microfinance',
  'Open Door Charitable Trust', 'New Roots Foundation', 'Freedom Enterprise Fund', 'Bright Futures Trust',
  'Local Giving Partnership', 'Second Chance Business Fund', 'Stepping Stones Trust', 'Independence Grants',
];

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/**
 * Employers with a sector (weighted like the jobs they post), a home region and sometimes a
 * few more, and contact details that cannot reach anyone: `.example` addresses and Ofcom's
 * drama phone range.
 */
export function generateEmployers(count: number, options: { seed: Seed; regions: readonly SyntheticRegion[] }): EmployerRow[] {
  const random = new Random(options.seed, 'employers');
  const regionTable = new WeightedTable(options.regions.map((region) => [region, region.weight] as const));
  const employers: EmployerRow[] = [];
  for (let i = 0; i < count; i++) {
    const sector = random.weighted(SECTOR_WEIGHTS);
    const home = regionTable.pick(random);
    const stem = random.weighted([[() => random.pick(home.towns), 25], [() => random.pick(NAME_STEMS), 55], [() => placeName(random).split(' ')[0], 20]] as const)();
    const name = `${stem} ${random.pick(SECTOR_PROFILES[sector].employerNouns)}`;
    // A few regional and national employers hire in several regions.
    const extra = random.weighted([[0, 80], [1, 10], [2, 6], [5, 4]] as const);
    const regions = [home.code];
    for (let j = 0; j < extra * 3 && regions.length < extra + 1; j++) {
      const region = regionTable.pick(random).code;
      if (!regions.includes(region)) regions.push(region);
    }
    const contactName = `${random.pick(GIVEN_NAMES)} ${random.pick(FAMILY_NAMES)}`;
    employers.push({
      id: random.uuid(),
      name,
      legalName: `${name} ${random.pick(['Ltd', 'Limited', 'CIC', 'LLP'])}`,
      registrationNumber: String(random.int(1_000_000, 16_999_999)).padStart(8, '0'),
      sector,
      regions,
      contactName,
      contactEmail: `${slug(contactName)}@${slug(name)}-${i + 1}.example`,
      contactPhone: `07700 900${String(random.int(0, 999)).padStart(3, '0')}`,
    });
  }
  return employers;
}

export function generateFunders(count: number, options: { seed: Seed }): FunderRow[] {
  const random = new Random(options.seed, 'funders');
  return Array.from({ length: count }, (_, i) => ({
    id: random.uuid(),
    name: i < FUNDER_NAMES.length ? FUNDER_NAMES[i] : `${random.pick(NAME_STEMS)} ${random.pick(['Trust', 'Foundation', 'Fund', 'Enterprise Fund'])}`,
  }));
}
