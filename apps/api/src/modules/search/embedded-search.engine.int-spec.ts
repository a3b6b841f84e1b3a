import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../database/data-source-options';
import { EmbeddedSearchIndex1795900001000 } from '../../database/migrations/1795900001000-EmbeddedSearchIndex';
import { createTestDatabase, TestDatabase } from '../../testing';
import { EmbeddedSearchEngine } from './embedded-search.engine';
import { OpportunityDocument, OpportunitySearchQuery } from './search-engine';
import { describeSearchEngineContract } from './search-engine.contract';

async function openDatabase(): Promise<{ db: TestDatabase; dataSource: DataSource; close(): Promise<void> }> {
  const db = await createTestDatabase();
  const dataSource = await new DataSource(dataSourceOptions(db.url)).initialize();
  return {
    db,
    dataSource,
    close: async () => {
      await dataSource.destroy();
      await db.drop();
    },
  };
}

describeSearchEngineContract('embedded (PostgreSQL)', async () => {
  const { dataSource, close } = await openDatabase();
  return { engine: new EmbeddedSearchEngine(dataSource), cleanup: close };
});

describe('EmbeddedSearchEngine', () => {
  let database: Awaited<ReturnType<typeof openDatabase>>;
  beforeAll(async () => {
    database = await openDatabase();
  });
  afterAll(() => database.close());

  const now = new Date('2026-06-01T12:00:00Z');
  const query = (text: string): OpportunitySearchQuery => ({ text, types: [], sectors: [], regions: [], languages: [], sort: 'relevance', page: 1, pageSize: 20, now });
  const document = (id: string, title: string): OpportunityDocument => ({
    id: `job-${id}`,
    type: 'job',
    sourceId: id,
    title,
    description: 'A job.',
    organisationName: 'Employer',
    skills: [],
    skillLabels: [],
    sector: 'other',
    region: 'london',
    remote: false,
    languages: ['en'],
    hourlyWageMinor: 1300,
    wage: { amountMinor: 1300, currency: 'GBP', period: 'hour', hoursPerWeek: 37 },
    amount: null,
    closesOn: null,
    publishedAt: now.getTime() - 86_400_000,
    visibleUntil: null,
  });

  it('serves a result it keeps only while the index is unchanged, whichever instance changed it', async () => {
    // Two API instances on one database: each keeps its own results.
    const reader = new EmbeddedSearchEngine(database.dataSource);
    const writer = new EmbeddedSearchEngine(database.dataSource);
    const id = '10000000-0000-4000-8000-000000000001';

    expect((await reader.search(query('plumber'))).total).toBe(0);
    await writer.upsert([document(id, 'Plumber')]);
    expect((await reader.search(query('plumber'))).hits.map((hit) => hit.id)).toEqual([`job-${id}`]);

    await writer.upsert([document(id, 'Electrician')]);
    expect((await reader.search(query('plumber'))).total).toBe(0);
    expect((await reader.search(query('electrician'))).total).toBe(1);

    await writer.remove([`job-${id}`]);
    expect((await reader.search(query('electrician'))).total).toBe(0);
  });

  it('reports the database being unreachable as the engine being unavailable', async () => {
    const { dataSource, close } = await openDatabase();
    const engine = new EmbeddedSearchEngine(dataSource);
    await close();
    await expect(engine.search(query('plumber'))).rejects.toThrow('The search engine is not available');
    expect(await engine.check()).toBe(false);
  });

  it('has a migration that can be reverted and applied again', async () => {
    const runner = database.dataSource.createQueryRunner();
    try {
      const migration = new EmbeddedSearchIndex1795900001000();
      await migration.down(runner);
      expect(await runner.hasTable('search_documents')).toBe(false);
      await migration.up(runner);
      expect(await runner.hasTable('search_documents')).toBe(true);
    } finally {
      await runner.release();
    }
  });
});
