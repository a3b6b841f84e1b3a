/** A region as the generators need it. `weight` is its share of jobs (any positive number). */
export interface SyntheticRegion {
  code: string;
  name: string;
  hourlyWageFloorMinor: number;
  currency: string;
  weight: number;
  /** Towns a description may name, so place words spread over the index as they do in real ads. */
  towns: readonly string[];
}

/** The UK National Living Wage from April 2026, in pence: every UK region's floor. */
export const UK_WAGE_FLOOR_MINOR = 1271;

/**
 * The twelve UK nations and regions (ITL 1), weighted roughly by their share of UK employment.
 * A deployment's real regions come from its database; these are for benchmarks and demos.
 */
export const UK_REGIONS: readonly SyntheticRegion[] = (
  [
    ['london', 'London', 16.5, ['Hackney', 'Croydon', 'Ealing', 'Stratford', 'Brixton', 'Wembley', 'Camden', 'Lewisham']],
    ['south-east', 'South East', 14, ['Brighton', 'Reading', 'Oxford', 'Southampton', 'Portsmouth', 'Crawley', 'Maidstone', 'Milton Keynes']],
    ['east-of-england', 'East of England', 9.5, ['Norwich', 'Cambridge', 'Ipswich', 'Luton', 'Peterborough', 'Colchester', 'Chelmsford']],
    ['south-west', 'South West', 8.5, ['Bristol', 'Plymouth', 'Exeter', 'Swindon', 'Bournemouth', 'Gloucester', 'Truro']],
    ['west-midlands', 'West Midlands', 8.5, ['Birmingham', 'Coventry', 'Wolverhampton', 'Stoke-on-Trent', 'Walsall', 'Worcester']],
    ['east-midlands', 'East Midlands', 7, ['Nottingham', 'Leicester', 'Derby', 'Lincoln', 'Northampton', 'Mansfield']],
    ['yorkshire', 'Yorkshire and the Humber', 8, ['Leeds', 'Sheffield', 'Bradford', 'Hull', 'York', 'Wakefield', 'Doncaster']],
    ['north-west', 'North West', 11, ['Manchester', 'Liverpool', 'Preston', 'Bolton', 'Blackpool', 'Warrington', 'Salford', 'Oldham']],
    ['north-east', 'North East', 3.8, ['Newcastle', 'Sunderland', 'Middlesbrough', 'Durham', 'Gateshead']],
    ['wales', 'Wales', 4.5, ['Cardiff', 'Swansea', 'Newport', 'Wrexham', 'Bangor']],
    ['scotland', 'Scotland', 8, ['Glasgow', 'Edinburgh', 'Aberdeen', 'Dundee', 'Inverness', 'Stirling']],
    ['northern-ireland', 'Northern Ireland', 2.7, ['Belfast', 'Derry', 'Lisburn', 'Newry', 'Armagh']],
  ] as const
).map(([code, name, weight, towns]) => ({ code, name, weight, towns, hourlyWageFloorMinor: UK_WAGE_FLOOR_MINOR, currency: 'GBP' }));
