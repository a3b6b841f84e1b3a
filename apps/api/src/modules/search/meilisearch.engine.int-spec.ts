import { randomBytes } from 'node:crypto';
import { MeilisearchEngine } from './meilisearch.engine';
import { describeSearchEngineContract } from './search-engine.contract';

const url = process.env.MEILISEARCH_URL;
const apiKey = process.env.MEILISEARCH_API_KEY || undefined;

if (url) {
  describeSearchEngineContract(`Meilisearch at ${url}`, async () => {
    // An index of its own per run, so runs never see each other's documents.
    const index = `onward_test_${randomBytes(6).toString('hex')}`;
    return {
      engine: new MeilisearchEngine(url, apiKey, index),
      cleanup: async () => {
        const { Meilisearch } = await import('meilisearch');
        const client = new Meilisearch({ host: url, apiKey });
        for (const uid of [index, `${index}_reindex`]) await client.deleteIndex(uid).waitTask();
      },
    };
  });
} else {
  describe.skip('SearchEngine contract: Meilisearch (skipped: set MEILISEARCH_URL to run it against a server)', () => {
    it('passes the contract', () => undefined);
  });
}
