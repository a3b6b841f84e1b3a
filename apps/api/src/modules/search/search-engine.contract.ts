import { WAGE_BANDS } from '@onward/shared';
import { OpportunityDocument, OpportunityFacets, OpportunitySearchQuery, OpportunitySearchResult, SearchEngine } from './search-engine';

/**
 * What every SearchEngine must do, whatever it runs on: the same fixture, the same queries,
 * the same answers. Each engine's integration spec runs this suite against a real instance.
 */

const DAY = 86_400_000;
const NOW = new Date('2026-06-01T12:00:00Z');
const ago = (days: number) => NOW.getTime() - days * DAY;

let sequence = 0;
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function job(overrides: Partial<OpportunityDocument> & { title: string; hourlyWageMinor: number }): OpportunityDocument {
  const sourceId = uuid(++sequence);
  return {
    id: `job-${sourceId}`,
    type: 'job',
    sourceId,
    description: '',
    organisationName: 'Onward Test Employer',
    skills: [],
    skillLabels: [],
    sector: 'other',
    region: 'london',
    remote: false,
    languages: ['en'],
    wage: { amountMinor: overrides.hourlyWageMinor, currency: 'GBP', period: 'hour', hoursPerWeek: 37 },
    amount: null,
    closesOn: null,
    publishedAt: ago(sequence),
    visibleUntil: null,
    ...overrides,
  };
}

function grant(overrides: Partial<OpportunityDocument> & { title: string }): OpportunityDocument {
  const sourceId = uuid(++sequence);
  return {
    id: `grant-${sourceId}`,
    type: 'grant',
    sourceId,
    description: '',
    organisationName: 'Onward Test Funder',
    skills: [],
    skillLabels: [],
    sector: null,
    region: null,
    remote: false,
    languages: [],
    hourlyWageMinor: null,
    wage: null,
    amount: { minMinor: 50_000, maxMinor: 300_000, currency: 'GBP' },
    closesOn: '2026-07-31',
    publishedAt: ago(sequence),
    visibleUntil: Date.parse('2026-08-01T00:00:00Z'),
    ...overrides,
  };
}

const carpenter = job({
  title: 'Carpenter',
  description: 'Build and repair furniture and kitchen cabinets in our workshop.',
  organisationName: 'Oakwood Joinery',
  skills: ['construction.carpentry'],
  skillLabels: ['Carpentry', 'Carpintería', 'نجارة'],
  sector: 'construction',
  hourlyWageMinor: 1500,
});
const freshStartGrant = grant({
  title: 'Fresh start grant',
  description: 'Money to start a small business of your own, such as a café or a market stall.',
  organisationName: 'New Roots Foundation',
});
const kitchenAssistant = job({
  title: 'Kitchen assistant',
  description: 'Prepare vegetables and keep the kitchen clean.',
  organisationName: 'Riverside Café',
  skillLabels: ['Food hygiene'],
  sector: 'food',
  languages: ['en', 'es'],
  hourlyWageMinor: 1300,
  visibleUntil: NOW.getTime() + 30 * DAY,
});
const housekeeper = job({
  title: 'Hotel housekeeper',
  description: 'Clean rooms and make beds in a busy hotel.',
  organisationName: 'Harbour Hotel',
  skillLabels: ['Hospitality', 'Hostelería', 'الضيافة'],
  sector: 'hospitality',
  region: 'north-west',
  hourlyWageMinor: 1350,
});
const barista = job({
  title: 'Café barista',
  description: 'Make coffee and serve customers with a smile.',
  organisationName: 'Bluebell Coffee',
  sector: 'food',
  region: 'south-east',
  languages: ['es'],
  hourlyWageMinor: 1400,
});
const officeCleaner = job({
  title: 'Office cleaner',
  description: 'Evening cleaning of offices in the city centre.',
  organisationName: 'Brightside Services',
  skillLabels: ['Cleaning', 'Limpieza', 'التنظيف'],
  sector: 'cleaning',
  hourlyWageMinor: 1280,
});
const careAssistant = job({
  title: 'Care assistant',
  description: 'Support older people to live well in their own homes.',
  organisationName: 'Meadow Care',
  sector: 'care',
  region: 'wales',
  languages: ['en', 'ar'],
  hourlyWageMinor: 1290,
});
const remoteSupport = job({
  title: 'Customer support adviser',
  description: 'Answer phone calls and emails from home.',
  organisationName: 'Compass Services',
  sector: 'office',
  region: null,
  remote: true,
  languages: ['en', 'es'],
  hourlyWageMinor: 1600,
});
const warehouse = job({
  title: 'Warehouse operative',
  description: 'Pick and pack orders. Forklift training provided.',
  organisationName: 'Anchor Logistics',
  sector: 'transport_logistics',
  region: 'west-midlands',
  languages: ['ro', 'pl'],
  hourlyWageMinor: 1320,
});
const seamstress = job({
  title: 'Seamstress',
  description: 'Sew garments on industrial sewing machines.',
  organisationName: 'Saffron Textiles',
  sector: 'garment_crafts',
  languages: ['ar'],
  hourlyWageMinor: 1450,
});
const arabicKitchen = job({
  title: 'مساعد مطبخ',
  description: 'تحضير الخضار وتنظيف المطبخ',
  organisationName: 'Cedar Restaurant',
  sector: 'food',
  languages: ['ar'],
  hourlyWageMinor: 1310,
});
const spanishKitchen = job({
  title: 'Ayudante de cocina',
  description: 'Preparar verduras y limpiar la cocina. En el equipo se habla español.',
  organisationName: 'Casa Limón',
  sector: 'food',
  region: 'south-east',
  languages: ['es'],
  hourlyWageMinor: 1275,
});
const traineeJoiner = job({
  title: 'Trainee joiner',
  description: 'Learn carpentry on building sites.',
  organisationName: 'Castle Builders',
  sector: 'construction',
  region: 'yorkshire',
  hourlyWageMinor: 950,
});
const nightPorter = job({
  title: 'Night porter',
  description: 'Welcome late guests at the hotel reception.',
  organisationName: 'Harbour Hotel',
  sector: 'hospitality',
  region: 'north-west',
  hourlyWageMinor: 2100,
});
const closed = job({
  title: 'Scullery porter',
  description: 'Wash pots and pans.',
  sector: 'food',
  hourlyWageMinor: 1300,
  visibleUntil: NOW.getTime() - 3_600_000,
});
const closingNow = job({
  title: 'Scullery assistant',
  description: 'Wash pots and pans.',
  sector: 'food',
  hourlyWageMinor: 1300,
  visibleUntil: NOW.getTime(),
});
const foodGrant = grant({
  title: 'Food business grant',
  description: 'For a catering or street-food business. Hospitality training included.',
  organisationName: 'Fresh Start Enterprise Fund',
  sector: 'food',
  region: 'london',
});
const sewingGrant = grant({
  title: 'Sewing cooperative grant',
  description: 'Buy sewing machines for a garment cooperative.',
  organisationName: 'Bright Futures Trust',
  sector: 'garment_crafts',
});
const hospitalityTrainee = job({
  title: 'Hospitality trainee',
  description: 'Learn front of house at a family-run restaurant.',
  organisationName: 'Maple Inn',
  sector: 'hospitality',
  languages: ['en', 'fr'],
  hourlyWageMinor: 1250,
});
const driver = job({
  title: 'Delivery driver',
  description: 'Drive a van around the city. A full licence is needed.',
  organisationName: 'Swallow Couriers',
  sector: 'transport_logistics',
  hourlyWageMinor: 1500,
});

const FIXTURE: OpportunityDocument[] = [
  carpenter, freshStartGrant, kitchenAssistant, housekeeper, barista, officeCleaner, careAssistant, remoteSupport, warehouse,
  seamstress, arabicKitchen, spanishKitchen, traineeJoiner, nightPorter, closed, closingNow, foodGrant, sewingGrant,
  hospitalityTrainee, driver,
];

const visibleAt = (now: Date) => (document: OpportunityDocument) => document.visibleUntil === null || document.visibleUntil > now.getTime();
const VISIBLE = FIXTURE.filter(visibleAt(NOW));
const newestFirst = (documents: OpportunityDocument[]) => [...documents].sort((a, b) => b.publishedAt - a.publishedAt);
const ids = (documents: readonly OpportunityDocument[]) => documents.map((document) => document.id);
const idSet = (documents: readonly OpportunityDocument[]) => new Set(ids(documents));

/** The facets a correct engine reports for these matches, counted here by hand. */
function expectedFacets(matches: OpportunityDocument[]): OpportunityFacets {
  const facets: OpportunityFacets = { type: {}, sector: {}, region: {}, remote: { true: 0, false: 0 }, languages: {}, wage: {} };
  const add = (counts: Record<string, number>, key: string | null) => {
    if (key !== null) counts[key] = (counts[key] ?? 0) + 1;
  };
  for (const document of matches) {
    add(facets.type, document.type);
    add(facets.sector, document.sector);
    add(facets.region, document.region);
    facets.remote[document.remote ? 'true' : 'false'] += 1;
    for (const language of document.languages) add(facets.languages, language);
    const band = WAGE_BANDS.find((b) => document.hourlyWageMinor !== null && document.hourlyWageMinor >= b.from && document.hourlyWageMinor < b.to);
    if (band) add(facets.wage, band.key);
  }
  return facets;
}

export function describeSearchEngineContract(
  name: string,
  makeEngine: () => Promise<{ engine: SearchEngine; cleanup(): Promise<void> }>,
): void {
  describe(`SearchEngine contract: ${name}`, () => {
    let engine: SearchEngine;
    let cleanup: () => Promise<void>;

    const search = (query: Partial<OpportunitySearchQuery> = {}): Promise<OpportunitySearchResult> =>
      engine.search({ text: '', types: [], sectors: [], regions: [], languages: [], sort: 'relevance', page: 1, pageSize: 50, now: NOW, ...query });
    const found = async (query: Partial<OpportunitySearchQuery> | string) =>
      new Set(ids((await search(typeof query === 'string' ? { text: query } : query)).hits));

    beforeAll(async () => {
      ({ engine, cleanup } = await makeEngine());
      await engine.configure();
      // Configuring twice changes nothing.
      await engine.configure();
      async function* batches() {
        yield FIXTURE.slice(0, 7);
        yield FIXTURE.slice(7);
      }
      expect(await engine.replaceAll(batches())).toEqual({ indexed: FIXTURE.length });
    }, 120_000);
    afterAll(() => cleanup?.(), 120_000);

    it('answers its health check', async () => {
      expect(await engine.check()).toBe(true);
    });

    describe('words', () => {
      it('finds a word in the title, and returns the document as it was indexed', async () => {
        const { hits } = await search({ text: 'carpenter' });
        expect(hits).toContainEqual(carpenter);
      });

      it('finds words in the organisation name, skill labels and description', async () => {
        expect(await found('Bluebell')).toEqual(idSet([barista]));
        expect(await found('hygiene')).toEqual(idSet([kitchenAssistant]));
        expect(await found('forklift')).toEqual(idSet([warehouse]));
      });

      it('matches a word by its beginning', async () => {
        const matches = await found('clea');
        for (const document of [officeCleaner, housekeeper, kitchenAssistant]) expect(matches).toContain(document.id);
        expect(matches).not.toContain(barista.id);
      });

      it('forgives a typo', async () => {
        const carpentry = await found('carpentr');
        expect(carpentry).toContain(carpenter.id);
        expect(carpentry).toContain(traineeJoiner.id);
        const hospitality = await found('hospitaility');
        for (const document of [housekeeper, hospitalityTrainee, foodGrant]) expect(hospitality).toContain(document.id);
      });

      it('folds accents and case, both ways', async () => {
        const cafe = await found('cafe');
        for (const document of [barista, kitchenAssistant, freshStartGrant]) expect(cafe).toContain(document.id);
        expect(await found('Café')).toEqual(cafe);
        expect(await found('CAFÉ')).toEqual(cafe);
      });

      it('requires every word of the query', async () => {
        const both = await found('kitchen assistant');
        expect(both).toEqual(idSet([kitchenAssistant]));
        // Each word alone matches more.
        expect((await found('kitchen')).size).toBeGreaterThan(both.size);
        expect((await found('assistant')).size).toBeGreaterThan(both.size);
      });

      it('finds Arabic and Spanish words', async () => {
        expect(await found('مطبخ')).toContain(arabicKitchen.id);
        expect(await found('cocina')).toEqual(idSet([spanishKitchen]));
        expect(await found('español')).toEqual(await found('espanol'));
      });

      it('finds nothing for a word no document has', async () => {
        const result = await search({ text: 'xylophonist' });
        expect(result).toEqual(expect.objectContaining({ hits: [], total: 0 }));
      });
    });

    describe('filters', () => {
      const filtered = async (query: Partial<OpportunitySearchQuery>, expected: (document: OpportunityDocument) => boolean) => {
        const result = await search(query);
        const matches = VISIBLE.filter(expected);
        expect(new Set(ids(result.hits))).toEqual(idSet(matches));
        expect(result.total).toBe(matches.length);
        return result;
      };

      it('by type', async () => {
        await filtered({ types: ['grant'] }, (d) => d.type === 'grant');
        await filtered({ types: ['job', 'grant'] }, () => true);
      });

      it('by sector and by region, any of several', async () => {
        await filtered({ sectors: ['food'] }, (d) => d.sector === 'food');
        await filtered({ sectors: ['food', 'care'] }, (d) => d.sector === 'food' || d.sector === 'care');
        await filtered({ regions: ['north-west', 'wales'] }, (d) => d.region === 'north-west' || d.region === 'wales');
      });

      it('by remote work, either way', async () => {
        await filtered({ remote: true }, (d) => d.remote);
        await filtered({ remote: false }, (d) => !d.remote);
      });

      it('by language, any of several', async () => {
        await filtered({ languages: ['es'] }, (d) => d.languages.includes('es'));
        await filtered({ languages: ['es', 'ar'] }, (d) => d.languages.includes('es') || d.languages.includes('ar'));
      });

      it('by hourly wage, bounds included, leaving out what has no wage (grants)', async () => {
        await filtered({ wageMin: 1400 }, (d) => d.hourlyWageMinor !== null && d.hourlyWageMinor >= 1400);
        await filtered({ wageMax: 1300 }, (d) => d.hourlyWageMinor !== null && d.hourlyWageMinor <= 1300);
        await filtered({ wageMin: 1300, wageMax: 1450 }, (d) => d.hourlyWageMinor !== null && d.hourlyWageMinor >= 1300 && d.hourlyWageMinor <= 1450);
        await filtered({ wageMin: 0 }, (d) => d.type === 'job');
      });

      it('combined with each other and with words', async () => {
        await filtered(
          { types: ['job'], regions: ['london'], remote: false, languages: ['en'] },
          (d) => d.type === 'job' && d.region === 'london' && !d.remote && d.languages.includes('en'),
        );
        expect(await found({ text: 'kitchen', sectors: ['food'], languages: ['es'] })).toEqual(idSet([kitchenAssistant]));
        expect(await found({ text: 'grant', sectors: ['garment_crafts'] })).toEqual(idSet([sewingGrant]));
      });
    });

    describe('visibility', () => {
      it('returns everything visible when there is no text', async () => {
        const result = await search();
        expect(new Set(ids(result.hits))).toEqual(idSet(VISIBLE));
        expect(result.total).toBe(VISIBLE.length);
      });

      it('leaves out what stopped being visible at or before now', async () => {
        expect(await found('scullery')).toEqual(new Set());
        const all = await found('');
        expect(all).not.toContain(closed.id);
        expect(all).not.toContain(closingNow.id);
      });

      it('leaves out a document once now passes its end of visibility', async () => {
        expect(await found('hygiene')).toEqual(idSet([kitchenAssistant]));
        const later = new Date(kitchenAssistant.visibleUntil!);
        expect(await found({ text: 'hygiene', now: later })).toEqual(new Set());
        const result = await search({ now: later });
        expect(result.total).toBe(FIXTURE.filter(visibleAt(later)).length);
      });
    });

    describe('facets', () => {
      it.each<[string, Partial<OpportunitySearchQuery>]>([
        ['everything', {}],
        ['a word', { text: 'kitchen' }],
        ['a filter', { regions: ['london'] }],
        ['words and filters', { text: 'grant', types: ['grant'] }],
        ['a wage filter', { wageMin: 1300 }],
      ])('count the matches of %s, across all pages', async (_case, query) => {
        const everything = await search(query);
        const firstPage = await search({ ...query, pageSize: 2 });
        expect(firstPage.facets).toEqual(expectedFacets(everything.hits));
        expect(firstPage.total).toBe(everything.hits.length);
      });

      it('are empty when nothing matches', async () => {
        const result = await search({ text: 'xylophonist' });
        expect(result.facets).toEqual(expectedFacets([]));
      });
    });

    describe('sorting', () => {
      it('newest first', async () => {
        expect(ids((await search({ sort: 'newest' })).hits)).toEqual(ids(newestFirst(VISIBLE)));
        const kitchen = (await search({ text: 'kitchen', sort: 'newest' })).hits;
        expect(ids(kitchen)).toEqual(ids(newestFirst(kitchen)));
        expect(kitchen[0].id).toBe(carpenter.id);
      });

      it('by wage, highest first, without a wage last', async () => {
        const wages = (await search({ sort: 'wage' })).hits.map((hit) => hit.hourlyWageMinor);
        expect(wages).toHaveLength(VISIBLE.length);
        const paid = wages.filter((wage) => wage !== null);
        expect(wages).toEqual([...[...paid].sort((a, b) => b - a), ...wages.filter((wage) => wage === null)]);
        expect(wages.at(-1)).toBeNull();
      });

      it('by relevance: the title before the description', async () => {
        const kitchen = ids((await search({ text: 'kitchen', sort: 'relevance' })).hits);
        expect(kitchen.indexOf(kitchenAssistant.id)).toBeLessThan(kitchen.indexOf(carpenter.id));
      });

      it('by relevance without text: newest first', async () => {
        expect(ids((await search({ sort: 'relevance' })).hits)).toEqual(ids(newestFirst(VISIBLE)));
      });
    });

    describe('pages', () => {
      it.each(['relevance', 'newest', 'wage'] as const)('sorted by %s, cover every match once, in a stable order', async (sort) => {
        const all = await search({ sort });
        const pages: OpportunitySearchResult[] = [];
        for (let page = 1; page <= Math.ceil(VISIBLE.length / 4) + 1; page++) pages.push(await search({ sort, page, pageSize: 4 }));
        expect(pages.flatMap((page) => ids(page.hits))).toEqual(ids(all.hits));
        for (const page of pages) expect(page.total).toBe(VISIBLE.length);
        expect(pages.at(-1)!.hits).toEqual([]);
        expect(await search({ sort, page: 2, pageSize: 4 })).toEqual(pages[1]);
      });

      it('of a text search too', async () => {
        const all = ids((await search({ text: 'grant' })).hits);
        const first = ids((await search({ text: 'grant', pageSize: 2 })).hits);
        const second = ids((await search({ text: 'grant', page: 2, pageSize: 2 })).hits);
        expect([...first, ...second]).toEqual(all.slice(0, 4));
      });
    });

    describe('any query text', () => {
      it.each([
        `'`, `"`, `&`, `|`, `!`, `:`, `*`, `(`, `)`, `\\`, `%`, `_`, `' " & | ! : * ( ) \\ % _`,
        `kitchen & | !assistant`, `kitchen:* | hotel`, `(cafe`, `"cafe"`, `cafe\\`, `100%`, `snake_case`, `O'Brien`,
        `' OR 1=1 --`, `'; DROP TABLE search_documents; --`, `title = "x" OR type = job`, `🙂`, `🙂 café 🙂`, `مطبخ!`, `\u0000`,
        'a', 'ab', 'x'.repeat(200), 'kitchen assistant '.repeat(12).slice(0, 200),
      ])('never breaks the search: %j', async (text) => {
        const result = await search({ text });
        expect(result.total).toBeGreaterThanOrEqual(result.hits.length);
        expect(result.hits.every((hit) => typeof hit.id === 'string')).toBe(true);
      });

      it('ignores punctuation around words', async () => {
        expect(await found('café!!!')).toEqual(await found('cafe'));
        expect(await found('(kitchen) "assistant"')).toEqual(idSet([kitchenAssistant]));
      });

      it('treats a long query as words', async () => {
        expect(await found('kitchen assistant '.repeat(12).slice(0, 200))).toContain(kitchenAssistant.id);
      });

      it('cannot reach the data behind the index', async () => {
        await search({ text: `'; DELETE FROM search_documents; --` });
        expect((await search()).total).toBe(VISIBLE.length);
      });
    });

    describe('writes', () => {
      const zebra = job({ title: 'Zebra keeper', description: 'Feed the animals at the city farm.', sector: 'agriculture', hourlyWageMinor: 1330 });

      it('adds a document, replaces it by id, and removes it', async () => {
        await engine.upsert([zebra]);
        expect(await found('zebra')).toEqual(idSet([zebra]));
        expect((await search()).total).toBe(VISIBLE.length + 1);

        const renamed = { ...zebra, title: 'Giraffe keeper' };
        await engine.upsert([renamed]);
        expect(await found('giraffe')).toEqual(idSet([renamed]));
        expect(await found('zebra')).toEqual(new Set());
        expect((await search({ text: 'giraffe' })).hits).toEqual([renamed]);
        expect((await search()).total).toBe(VISIBLE.length + 1);

        await engine.remove([renamed.id, 'job-00000000-0000-4000-8000-999999999999']);
        expect(await found('giraffe')).toEqual(new Set());
        expect((await search()).total).toBe(VISIBLE.length);
      });

      it('ignores empty writes', async () => {
        await engine.upsert([]);
        await engine.remove([]);
        expect((await search()).total).toBe(VISIBLE.length);
      });

      it('replaces everything on a full reindex, dropping what is not in the new set', async () => {
        const kept = [carpenter, barista, sewingGrant];
        async function* batches() {
          yield kept;
        }
        expect(await engine.replaceAll(batches())).toEqual({ indexed: kept.length });
        const result = await search();
        expect(new Set(ids(result.hits))).toEqual(idSet(kept));
        expect(result.total).toBe(kept.length);
        expect(await found('kitchen')).toEqual(idSet([carpenter]));
        expect(await found('cafe')).toEqual(idSet([barista]));
      });
    });
  });
}
