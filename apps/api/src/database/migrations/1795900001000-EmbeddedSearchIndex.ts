import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The embedded search engine's index (EmbeddedSearchEngine): written by hand because no entity
 * maps these tables; the engine owns them and reads and writes them with SQL.
 */
export class EmbeddedSearchIndex1795900001000 implements MigrationInterface {
  name = 'EmbeddedSearchIndex1795900001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Language-neutral on purpose (opportunities are written in English, Spanish, Arabic and
    // more): no stemming and no stop words, only accent folding and lower case.
    await queryRunner.query(`CREATE TEXT SEARCH CONFIGURATION onward_search (COPY = simple)`);
    await queryRunner.query(
      `ALTER TEXT SEARCH CONFIGURATION onward_search ALTER MAPPING FOR word, hword, hword_part, numword, numhword, hword_numpart WITH unaccent, simple`,
    );

    // A search reads the filter, sort and facet columns of every matching row, so rows are kept
    // small: fixed-width columns first (cheapest to read), the short texts never compressed or
    // moved out (PLAIN), and the large values (the document, the full vector) always moved out
    // to TOAST storage (toast_tuple_target). The full vector is only ever read through its GIN
    // index; ranking reads rank_tsv (title and organisation name), which stays in the row.
    await queryRunner.query(`
      CREATE TABLE search_documents (
        published_at timestamptz NOT NULL,
        visible_until timestamptz,
        hourly_wage_minor integer,
        remote boolean NOT NULL,
        type text NOT NULL,
        sector text,
        region text,
        languages text[] NOT NULL,
        id text NOT NULL,
        source_id uuid NOT NULL,
        rank_tsv tsvector NOT NULL,
        tsv tsvector NOT NULL,
        doc jsonb NOT NULL,
        CONSTRAINT search_documents_pkey PRIMARY KEY (id)
      ) WITH (toast_tuple_target = 128)`);
    await queryRunner.query(`
      ALTER TABLE search_documents
        ALTER COLUMN type SET STORAGE PLAIN,
        ALTER COLUMN sector SET STORAGE PLAIN,
        ALTER COLUMN region SET STORAGE PLAIN,
        ALTER COLUMN languages SET STORAGE PLAIN,
        ALTER COLUMN id SET STORAGE PLAIN,
        ALTER COLUMN rank_tsv SET STORAGE PLAIN`);
    // Without statistics the planner takes every text condition as selective and always reads
    // matches through the GIN index. With them, a common word ("team") tips it into a
    // sequential scan that fetches every row's vector from TOAST storage: ten times slower.
    await queryRunner.query(`ALTER TABLE search_documents ALTER COLUMN tsv SET STATISTICS 0`);
    await queryRunner.query(`CREATE INDEX search_documents_tsv_idx ON search_documents USING gin (tsv)`);
    // For the filters that can be selective. Sorting needs no index: every search reads all its
    // matches anyway, to count them and their facets, and sorts them in memory.
    await queryRunner.query(`CREATE INDEX search_documents_languages_idx ON search_documents USING gin (languages)`);
    await queryRunner.query(`CREATE INDEX search_documents_hourly_wage_idx ON search_documents (hourly_wage_minor)`);

    // Every word of every indexed document, for typo tolerance: a query word that is not an
    // indexed word is widened to the indexed words nearest to it by trigrams (GiST answers
    // "nearest" without a similarity threshold).
    await queryRunner.query(`CREATE TABLE search_lexicon (word text NOT NULL, CONSTRAINT search_lexicon_pkey PRIMARY KEY (word))`);
    await queryRunner.query(`CREATE INDEX search_lexicon_word_trgm_idx ON search_lexicon USING gist (word gist_trgm_ops)`);

    // Bumped by every write, so an API instance knows whether a search result it keeps is current.
    await queryRunner.query(`
      CREATE TABLE search_index_state (
        singleton boolean NOT NULL DEFAULT true,
        version bigint NOT NULL,
        CONSTRAINT search_index_state_pkey PRIMARY KEY (singleton),
        CONSTRAINT search_index_state_singleton_check CHECK (singleton)
      )`);
    await queryRunner.query(`INSERT INTO search_index_state (version) VALUES (0)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE search_index_state`);
    await queryRunner.query(`DROP TABLE search_lexicon`);
    await queryRunner.query(`DROP TABLE search_documents`);
    await queryRunner.query(`DROP TEXT SEARCH CONFIGURATION onward_search`);
  }
}
