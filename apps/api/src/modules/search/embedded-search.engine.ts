import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OPPORTUNITY_TYPES, OpportunityType, WAGE_BANDS } from '@onward/shared';
import { DataSource, EntityManager } from 'typeorm';
import { queryWords, toTsQuery, typoAlternatives } from './query-text';
import { SearchResultCache } from './search-result-cache';
import {
  OpportunityDocument,
  OpportunityFacets,
  OpportunitySearchQuery,
  OpportunitySearchResult,
  SearchEngine,
  SearchUnavailableError,
} from './search-engine';

/** Indexed words fetched per query word to look for typos among, nearest by trigrams first. */
const TYPO_CANDIDATES = 8;

/** Documents written per statement during a full reindex. */
const WRITE_BATCH = 500;

/**
 * Writes documents, adds their words to the lexicon and bumps the index version, in one
 * statement. The full vector weighs the title (A) above the organisation name and skill labels
 * (B) above the description (C); the ranking vector holds the title and organisation name only.
 */
const UPSERT_SQL = `
  WITH upserted AS (
    INSERT INTO search_documents AS d
      (published_at, visible_until, hourly_wage_minor, remote, type, sector, region, languages, id, source_id, rank_tsv, tsv, doc)
    SELECT
      to_timestamp((doc->>'publishedAt')::numeric / 1000),
      to_timestamp((doc->>'visibleUntil')::numeric / 1000),
      (doc->>'hourlyWageMinor')::integer,
      (doc->>'remote')::boolean,
      doc->>'type',
      doc->>'sector',
      doc->>'region',
      ARRAY(SELECT jsonb_array_elements_text(doc->'languages')),
      doc->>'id',
      (doc->>'sourceId')::uuid,
      title || organisation,
      title || organisation || skills || description,
      doc
    FROM jsonb_array_elements($1::jsonb) AS doc
    CROSS JOIN LATERAL (
      SELECT
        setweight(to_tsvector('onward_search', doc->>'title'), 'A') AS title,
        setweight(to_tsvector('onward_search', doc->>'organisationName'), 'B') AS organisation,
        setweight(to_tsvector('onward_search', coalesce((SELECT string_agg(label, ' ') FROM jsonb_array_elements_text(doc->'skillLabels') AS label), '')), 'B') AS skills,
        setweight(to_tsvector('onward_search', doc->>'description'), 'C') AS description
    ) AS vectors
    ON CONFLICT (id) DO UPDATE SET
      published_at = excluded.published_at, visible_until = excluded.visible_until, hourly_wage_minor = excluded.hourly_wage_minor,
      remote = excluded.remote, type = excluded.type, sector = excluded.sector, region = excluded.region,
      languages = excluded.languages, source_id = excluded.source_id, rank_tsv = excluded.rank_tsv, tsv = excluded.tsv, doc = excluded.doc
    RETURNING d.tsv
  ),
  words AS (
    INSERT INTO search_lexicon (word)
    SELECT DISTINCT word FROM upserted, unnest(tsvector_to_array(upserted.tsv)) AS word
    ORDER BY word
    ON CONFLICT DO NOTHING
  )
  UPDATE search_index_state SET version = version + 1`;

const REMOVE_SQL = `
  WITH removed AS (DELETE FROM search_documents WHERE id = ANY($1::text[]))
  UPDATE search_index_state SET version = version + 1`;

/**
 * The index version (is a kept result still current?) and each query word normalised exactly
 * as documents are (same text search configuration), with the indexed words nearest to it. A
 * word that is itself indexed gets none: spelt as some document spells it, it is not taken for
 * a typo. One round trip before every search, kept result or not.
 */
const PREPARE_SQL = `
  SELECT
    (SELECT version FROM search_index_state) AS version,
    coalesce((
      SELECT jsonb_agg(jsonb_build_array(x.lexeme, CASE
          WHEN char_length(x.lexeme) >= 4 AND NOT EXISTS (SELECT 1 FROM search_lexicon l WHERE l.word = x.lexeme)
            THEN ARRAY(SELECT l.word FROM search_lexicon l ORDER BY l.word <-> x.lexeme LIMIT ${TYPO_CANDIDATES})
          ELSE '{}'::text[]
        END) ORDER BY w.position, x.lexeme)
      FROM unnest($1::text[]) WITH ORDINALITY AS w(word, position)
      CROSS JOIN LATERAL unnest(tsvector_to_array(to_tsvector('onward_search', w.word))) AS x(lexeme)
    ), '[]'::jsonb) AS terms`;

/** The wage bands' lower bounds, for width_bucket: bucket i (1-based) is WAGE_BANDS[i - 1]. */
const WAGE_BAND_FLOORS = WAGE_BANDS.map((band) => band.from);
if (WAGE_BANDS.some((band, i) => i > 0 && WAGE_BANDS[i - 1].to !== band.from)) {
  throw new Error('WAGE_BANDS must be contiguous for the embedded engine to count them');
}

/** Results kept per API instance (a page of hits each). */
const CACHED_RESULTS = 500;

/**
 * One facet count: which facet, its value (a set of languages for `languages`, a band number for
 * `wage`), how many matches have it, and when the first of them stops being visible (epoch
 * milliseconds; null when none does).
 */
type FacetCount =
  | ['type' | 'sector' | 'region', string | null, number, number | null]
  | ['remote', boolean, number, number | null]
  | ['languages', string[], number, number | null]
  | ['wage', number | null, number, number | null];

interface SearchRow {
  version: string;
  hits: OpportunityDocument[];
  facets: FacetCount[];
}

/** Placeholders for values, so no value is ever written into the SQL text. */
class SqlParameters {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * Search inside Onward's own PostgreSQL: full-text vectors for words (accents folded, no
 * stemming, so every language is treated alike), pg_trgm over a lexicon of indexed words for
 * typos. The tables come from the EmbeddedSearchIndex migration.
 *
 * Exact totals and facet counts mean reading every match: a search costs in proportion to how
 * many documents it matches, so a broad one ("care", or no text at all) is the slow kind.
 * Results are therefore kept per instance and served again for as long as they are exactly what
 * a fresh search would return (SearchResultCache).
 */
@Injectable()
export class EmbeddedSearchEngine implements SearchEngine {
  readonly engine = 'embedded' as const;
  private readonly cache = new SearchResultCache(CACHED_RESULTS);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async check(): Promise<boolean> {
    const rows: Array<{ extname: string }> = await this.dataSource
      .query(`SELECT extname FROM pg_extension WHERE extname IN ('pg_trgm', 'unaccent')`)
      .catch(() => []);
    return rows.length === 2;
  }

  /** The migration creates everything; there is nothing to apply at run time. */
  async configure(): Promise<void> {}

  async upsert(documents: OpportunityDocument[]): Promise<void> {
    await this.write(this.dataSource.manager, documents);
  }

  async remove(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    // The lexicon keeps the removed documents' words: a stale word only widens a query.
    await this.dataSource.query(REMOVE_SQL, [ids]);
  }

  async replaceAll(batches: AsyncIterable<OpportunityDocument[]>): Promise<{ indexed: number }> {
    // DELETE rather than TRUNCATE: searches keep reading the old index until the new one
    // commits, instead of waiting on TRUNCATE's exclusive lock for the whole reindex.
    const indexed = await this.dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM search_documents`);
      await manager.query(`DELETE FROM search_lexicon`);
      const ids = new Set<string>();
      for await (const batch of batches) {
        for (let start = 0; start < batch.length; start += WRITE_BATCH) {
          const slice = batch.slice(start, start + WRITE_BATCH);
          await this.write(manager, slice);
          for (const document of slice) ids.add(document.id);
        }
      }
      await manager.query(`UPDATE search_index_state SET version = version + 1`);
      return ids.size;
    });
    // The old rows are dead and the GIN index's pending list is full: clear both now rather
    // than let the first searches pay for it.
    await this.dataSource.query(`VACUUM (ANALYZE) search_documents, search_lexicon`);
    return { indexed };
  }

  async search(query: OpportunitySearchQuery): Promise<OpportunitySearchResult> {
    try {
      const key = SearchResultCache.key(query);
      const words = queryWords(query.text);
      const [{ version, terms }]: Array<{ version: string; terms: Array<[lexeme: string, candidates: string[]]> }> =
        await this.dataSource.query(PREPARE_SQL, [words]);
      const cached = this.cache.get(key, version, query.now);
      if (cached) return cached;

      // No words: no text condition. Words of which none could ever match: nothing matches.
      const tsQuery =
        words.length === 0
          ? undefined
          : toTsQuery(terms.map(([lexeme, candidates]) => ({ lexeme, alternatives: typoAlternatives(lexeme, candidates) })));
      if (tsQuery === null) return { hits: [], total: 0, facets: emptyFacets() };
      const { sql, parameters } = searchStatement(query, tsQuery);
      const [row]: SearchRow[] = await this.dataSource.query(sql, parameters);
      const { result, nextExpiry } = searchResult(row);
      this.cache.set(key, { version: row.version, from: query.now.getTime(), until: nextExpiry, result });
      return result;
    } catch (error) {
      throw new SearchUnavailableError(error);
    }
  }

  private async write(manager: EntityManager, documents: OpportunityDocument[]): Promise<void> {
    if (documents.length === 0) return;
    // One row per id (the last one wins), as ON CONFLICT cannot touch a row twice in a
    // statement; in id order, so two writes touching the same documents lock them in one order.
    const unique = [...new Map(documents.map((document) => [document.id, document])).values()];
    unique.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    await manager.query(UPSERT_SQL, [JSON.stringify(unique)]);
  }


}

/**
 * One statement for the page of hits, the facet counts and the index version they come from.
 * It reads the matches twice, which costs less than materialising them once and reading them
 * three times: once to count them (GROUPING SETS: every facet in one pass, and the earliest
 * end of visibility among them), once for the page (a top-N sort). No index can serve the sort
 * orders, on purpose: walking one in order and checking each row's words would read rows one by
 * one until a page is full, ruinous for a rare word. The SQL text is built only from fixed
 * fragments; every value is a parameter.
 */
function searchStatement(query: OpportunitySearchQuery, tsQuery: string | undefined): { sql: string; parameters: unknown[] } {
  const p = new SqlParameters();
  const where: string[] = [`(visible_until IS NULL OR visible_until > ${p.add(query.now)}::timestamptz)`];
  const textQuery = tsQuery === undefined ? undefined : `${p.add(tsQuery)}::tsquery`;
  if (textQuery) where.push(`tsv @@ ${textQuery}`);
  if (query.types.length > 0) where.push(`type = ANY(${p.add(query.types)}::text[])`);
  if (query.sectors.length > 0) where.push(`sector = ANY(${p.add(query.sectors)}::text[])`);
  if (query.regions.length > 0) where.push(`region = ANY(${p.add(query.regions)}::text[])`);
  if (query.remote !== undefined) where.push(`remote = ${p.add(query.remote)}::boolean`);
  if (query.languages.length > 0) where.push(`languages && ${p.add(query.languages)}::text[]`);
  if (query.wageMin !== undefined) where.push(`hourly_wage_minor >= ${p.add(query.wageMin)}::integer`);
  if (query.wageMax !== undefined) where.push(`hourly_wage_minor <= ${p.add(query.wageMax)}::integer`);
  const matches = `search_documents WHERE ${where.join(' AND ')}`;

  // Relevance: words in the title, then in the organisation's name; ties (and matches only in
  // skills or description) newest first. Without text, relevance is newest first.
  const rank = query.sort === 'relevance' && textQuery !== undefined ? `ts_rank(rank_tsv, ${textQuery})` : '0';
  const order = (table: string) =>
    query.sort === 'wage'
      ? `${table}.hourly_wage_minor DESC NULLS LAST, ${table}.published_at DESC, ${table}.id`
      : `${table}.rank DESC, ${table}.published_at DESC, ${table}.id`;

  const sql = `
    WITH page AS (
      SELECT * FROM (SELECT id, ${rank} AS rank, hourly_wage_minor, published_at FROM ${matches}) AS m
      ORDER BY ${order('m')} LIMIT ${p.add(query.pageSize)} OFFSET ${p.add((query.page - 1) * query.pageSize)}
    ),
    facets AS (
      SELECT
        CASE
          WHEN GROUPING(type) = 0 THEN jsonb_build_array('type', type)
          WHEN GROUPING(sector) = 0 THEN jsonb_build_array('sector', sector)
          WHEN GROUPING(region) = 0 THEN jsonb_build_array('region', region)
          WHEN GROUPING(remote) = 0 THEN jsonb_build_array('remote', remote)
          WHEN GROUPING(languages) = 0 THEN jsonb_build_array('languages', languages)
          ELSE jsonb_build_array('wage', band)
        END || jsonb_build_array(count(*), floor(extract(epoch FROM min(visible_until)) * 1000)) AS facet
      FROM (
        SELECT type, sector, region, remote, languages, width_bucket(hourly_wage_minor, ${p.add(WAGE_BAND_FLOORS)}::integer[]) AS band, visible_until
        FROM ${matches}
      ) AS counted
      GROUP BY GROUPING SETS ((type), (sector), (region), (remote), (languages), (band))
    )
    SELECT
      (SELECT version FROM search_index_state) AS version,
      (SELECT coalesce(jsonb_agg(d.doc ORDER BY ${order('page')}), '[]'::jsonb) FROM page JOIN search_documents d ON d.id = page.id) AS hits,
      (SELECT coalesce(jsonb_agg(facet), '[]'::jsonb) FROM facets) AS facets`;
  return { sql, parameters: p.values };
}

function emptyFacets(): OpportunityFacets {
  return { type: {}, sector: {}, region: {}, remote: { true: 0, false: 0 }, languages: {}, wage: {} };
}

/** The result, and when it stops being current because its first match stops being visible. */
function searchResult(row: SearchRow): { result: OpportunitySearchResult; nextExpiry: number } {
  const facets = emptyFacets();
  let total = 0;
  let nextExpiry = Number.POSITIVE_INFINITY;
  for (const entry of row.facets) {
    const count = entry[2];
    switch (entry[0]) {
      case 'type':
        // Every document has exactly one type: the type counts cover every match once.
        total += count;
        if (entry[3] !== null) nextExpiry = Math.min(nextExpiry, entry[3]);
        if ((OPPORTUNITY_TYPES as readonly (string | null)[]).includes(entry[1])) facets.type[entry[1] as OpportunityType] = count;
        break;
      case 'sector':
      case 'region':
        if (entry[1] !== null) facets[entry[0]][entry[1]] = count;
        break;
      case 'remote':
        facets.remote[entry[1] ? 'true' : 'false'] = count;
        break;
      case 'languages':
        // Counted per set of languages; a document asking for two counts once for each.
        for (const language of entry[1]) facets.languages[language] = (facets.languages[language] ?? 0) + count;
        break;
      case 'wage': {
        const band = entry[1] === null ? undefined : WAGE_BANDS[entry[1] - 1];
        if (band) facets.wage[band.key] = count;
        break;
      }
    }
  }
  return { result: { hits: row.hits, total, facets }, nextExpiry };
}
