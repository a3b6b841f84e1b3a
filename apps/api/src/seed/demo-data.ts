import { LanguageLevel, Sector, Shift, SkillLevel, WagePeriod, WorkplacePreference } from '@onward/shared';

/** Demo regions, with the UK National Living Wage (April 2026) as every region's floor. */
export const DEMO_REGIONS = [
  { code: 'london', name: 'London' },
  { code: 'south-east', name: 'South East' },
  { code: 'south-west', name: 'South West' },
  { code: 'midlands', name: 'Midlands' },
  { code: 'north-west', name: 'North West' },
  { code: 'north-east', name: 'North East' },
  { code: 'yorkshire', name: 'Yorkshire and the Humber' },
  { code: 'wales', name: 'Wales' },
  { code: 'scotland', name: 'Scotland' },
].map((region) => ({ ...region, hourlyWageFloorMinor: 1271, currency: 'GBP' }));

export interface DemoJob {
  title: string;
  description: string;
  requiredSkills: string[];
  preferredSkills: string[];
  sector: Sector;
  regionCode: string;
  remote: boolean;
  wage: { amountMinor: number; period: WagePeriod };
  hoursPerWeek: number;
  languages: string[];
  trainingOffered: string | null;
  accommodations: string | null;
  published: boolean;
}

export const DEMO_JOBS: DemoJob[] = [
  {
    title: 'Kitchen assistant',
    description:
      'Help our cooks prepare fresh meals for schools and care homes: washing and chopping vegetables, keeping the kitchen clean, and packing meals. Day shifts only, Monday to Friday.',
    requiredSkills: ['food.food_preparation'],
    preferredSkills: ['life_work.food_hygiene_certificate'],
    sector: 'food',
    regionCode: 'north-west',
    remote: false,
    wage: { amountMinor: 1300, period: 'hour' },
    hoursPerWeek: 30,
    languages: ['en'],
    trainingOffered: 'Food hygiene certificate (level 2), paid for by us, in your first month.',
    accommodations: 'Flexible start times for school drop-off.',
    published: true,
  },
  {
    title: 'Warehouse packer',
    description:
      'Pick and pack food orders for local shops in our warehouse. You will work in a small team, lifting boxes of up to 15 kg with proper equipment. Safety boots are provided.',
    requiredSkills: ['driving.warehouse_picking', 'driving.warehouse_packing'],
    preferredSkills: ['life_work.manual_handling'],
    sector: 'transport_logistics',
    regionCode: 'north-west',
    remote: false,
    wage: { amountMinor: 53_000, period: 'week' },
    hoursPerWeek: 40,
    languages: ['en'],
    trainingOffered: 'Manual handling and forklift awareness training.',
    accommodations: null,
    published: true,
  },
  {
    title: 'Café and counter staff',
    description:
      'Serve customers in our farm shop café: making hot drinks, serving food, taking payments and keeping tables clean. Spanish speakers are very welcome; many of our customers speak it.',
    requiredSkills: ['hospitality.cafe_counter'],
    preferredSkills: ['retail.cashier', 'hospitality.barista'],
    sector: 'hospitality',
    regionCode: 'yorkshire',
    remote: false,
    wage: { amountMinor: 1325, period: 'hour' },
    hoursPerWeek: 24,
    languages: ['en', 'es'],
    trainingOffered: 'Barista training in the first two weeks.',
    accommodations: 'Part-time hours; no night work.',
    published: true,
  },
  {
    title: 'Farm worker (fruit and vegetables)',
    description:
      'Plant, look after and harvest vegetables and soft fruit on our family farm. Outdoor work in all weathers; waterproof clothing is provided. Transport from the town centre is free.',
    requiredSkills: ['agriculture.vegetable_harvesting'],
    preferredSkills: ['agriculture.planting_crops', 'agriculture.fruit_picking'],
    sector: 'agriculture',
    regionCode: 'south-west',
    remote: false,
    wage: { amountMinor: 1290, period: 'hour' },
    hoursPerWeek: 37,
    languages: [],
    trainingOffered: 'Tractor safety training.',
    accommodations: 'Free minibus from the town centre.',
    published: true,
  },
  {
    title: 'Office cleaner (early mornings)',
    description:
      'Clean our offices and staff canteen before the working day starts: vacuuming, mopping, emptying bins and restocking washrooms. Cleaning products and training are provided.',
    requiredSkills: ['cleaning.office_cleaning'],
    preferredSkills: [],
    sector: 'cleaning',
    regionCode: 'midlands',
    remote: false,
    wage: { amountMinor: 1280, period: 'hour' },
    hoursPerWeek: 15,
    languages: [],
    trainingOffered: 'Safe use of cleaning chemicals.',
    accommodations: null,
    published: true,
  },
  {
    title: 'Customer service adviser (phone and email)',
    description:
      'Answer customers’ questions about their orders by phone and email, from home. We provide the laptop and headset. Arabic or Spanish as well as English is a plus.',
    requiredSkills: ['office_digital.email'],
    preferredSkills: ['office_digital.phone_customer_service'],
    sector: 'office',
    regionCode: 'london',
    remote: true,
    wage: { amountMinor: 2_600_000, period: 'year' },
    hoursPerWeek: 37,
    languages: ['en', 'ar', 'es'],
    trainingOffered: 'Two weeks of paid training online.',
    accommodations: 'Work from home; equipment provided.',
    published: true,
  },
  {
    title: 'Delivery driver',
    description:
      'Deliver food orders to shops and cafés across the city in one of our vans. You need a full driving licence held for at least one year.',
    requiredSkills: ['driving.car_licence'],
    preferredSkills: ['driving.van_driving'],
    sector: 'transport_logistics',
    regionCode: 'london',
    remote: false,
    wage: { amountMinor: 1450, period: 'hour' },
    hoursPerWeek: 40,
    languages: ['en'],
    trainingOffered: null,
    accommodations: null,
    published: true,
  },
  {
    title: 'Bakery assistant',
    description: 'Help bake bread and cakes for our farm shop in the early mornings. This job is still being written.',
    requiredSkills: ['food.baking'],
    preferredSkills: [],
    sector: 'food',
    regionCode: 'yorkshire',
    remote: false,
    wage: { amountMinor: 1300, period: 'hour' },
    hoursPerWeek: 20,
    languages: [],
    trainingOffered: null,
    accommodations: null,
    published: false,
  },
];

export const DEMO_GRANTS = [
  {
    title: 'Small food business start-up grant',
    description:
      'Money to start a small food business: a market stall, home catering or a food van. You get a mentor for your first year and help to register the business.',
    amount: { minMinor: 50_000, maxMinor: 250_000 },
    eligibility: 'Anyone aged 18 or over who is supported by a partner organisation and wants to start a food business.',
    requiredDocuments: ['A short business plan (one page is enough)', 'A simple budget'],
    sector: 'food' as Sector,
    regionCode: null,
  },
  {
    title: 'Tools and equipment grant for trades',
    description:
      'Buy the tools you need to work for yourself as a carpenter, decorator, plumber or cleaner. The grant pays the supplier directly.',
    amount: { minMinor: 20_000, maxMinor: 100_000 },
    eligibility: 'People with trade skills who want to work for themselves, in any region.',
    requiredDocuments: ['A list of the tools you need with prices'],
    sector: 'construction' as Sector,
    regionCode: null,
  },
];

export interface DemoSurvivor {
  /** The demo account that takes over this profile, if any. */
  email: string | null;
  pseudonym: string;
  personal: { legalName: string; dateOfBirth: string; phone: string; email: string | null };
  skills: { code: string; level: SkillLevel; years: number }[];
  languages: { code: string; level: LanguageLevel }[];
  regionCode: string;
  hoursPerWeek: number | null;
  shifts: Shift[];
  workplace: WorkplacePreference;
  preferredSectors: Sector[];
  minimumHourlyWageMinor: number | null;
  excludedRegionCodes: string[];
  excludedSectors: Sector[];
}

/** Invented people (reserved phone numbers, example.org addresses): profiles for the demo caseworker. */
export const DEMO_SURVIVORS: DemoSurvivor[] = [
  {
    email: 'survivor@example.org',
    pseudonym: 'Sam',
    personal: { legalName: 'Samira Example', dateOfBirth: '1994-03-18', phone: '+44 7700 900001', email: 'survivor@example.org' },
    skills: [
      { code: 'food.food_preparation', level: 'can_do', years: 2 },
      { code: 'driving.warehouse_picking', level: 'learning', years: 0 },
      { code: 'hospitality.cafe_counter', level: 'experienced', years: 3 },
    ],
    languages: [
      { code: 'es', level: 'native' },
      { code: 'en', level: 'conversational' },
    ],
    regionCode: 'north-west',
    hoursPerWeek: 35,
    shifts: ['mornings', 'afternoons'],
    workplace: 'either',
    preferredSectors: ['food', 'hospitality'],
    minimumHourlyWageMinor: 1271,
    excludedRegionCodes: ['london'],
    excludedSectors: [],
  },
  {
    email: null,
    pseudonym: 'River',
    personal: { legalName: 'Ravi Example', dateOfBirth: '1988-11-02', phone: '+44 7700 900002', email: null },
    skills: [
      { code: 'driving.warehouse_picking', level: 'experienced', years: 4 },
      { code: 'driving.warehouse_packing', level: 'experienced', years: 4 },
    ],
    languages: [{ code: 'en', level: 'fluent' }, { code: 'ro', level: 'native' }],
    regionCode: 'north-west',
    hoursPerWeek: 40,
    shifts: [],
    workplace: 'on_site',
    preferredSectors: ['transport_logistics'],
    minimumHourlyWageMinor: 1300,
    excludedRegionCodes: [],
    excludedSectors: ['agriculture'],
  },
  {
    email: null,
    pseudonym: 'Juniper',
    personal: { legalName: 'Joana Example', dateOfBirth: '1999-07-25', phone: '+44 7700 900003', email: null },
    skills: [{ code: 'food.food_preparation', level: 'learning', years: 0 }],
    languages: [{ code: 'en', level: 'basic' }, { code: 'pt', level: 'native' }],
    regionCode: 'north-west',
    hoursPerWeek: 30,
    shifts: ['mornings'],
    workplace: 'either',
    preferredSectors: [],
    minimumHourlyWageMinor: null,
    excludedRegionCodes: [],
    excludedSectors: [],
  },
];
