import { SearchEngine } from './search-engine';

/** Meilisearch over HTTP (MEILISEARCH_URL). */
export class MeilisearchEngine implements SearchEngine {
  readonly engine = 'meilisearch' as const;

  constructor(private readonly url: string) {}

  async check(): Promise<boolean> {
    try {
      const response = await fetch(new URL('/health', this.url), { signal: AbortSignal.timeout(2000) });
      if (!response.ok) return false;
      const body = (await response.json()) as { status?: string };
      return body.status === 'available';
    } catch {
      return false;
    }
  }
}
