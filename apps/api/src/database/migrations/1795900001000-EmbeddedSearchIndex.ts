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

    // Large values (the document, the vector) move to TOAST storage so that the rows the
    // facet counts scan stay small.
    await queryRunner.query(`
      CREATE TABLE search_documents (
        id text NOT NULL,
        type text NOT NULL,
        source_id uuid NOT NULL,
        sector text,
        region text,
        remote boolean NOT NULL,
        languages text[] NOT NULL,
        hourly_wage_minor integer,
        published_at timestamptz NOT NULL,
        visible_until timestamptz,
        tsv tsvector NOT NULL,
        doc jsonb NOT NULL,
        CONSTRAINT search_documents_pkey PRIMARY KEY (id)
      ) WITH (toast_tuple_target = 128)`);
    await queryRunner.query(`CREATE INDEX search_documents_tsv_idx ON search_documents USING gin (tsv)`);
    await queryRunner.query(`CREATE INDEX search_documents_languages_idx ON search_documents USING gin (languages)`);
    await queryRunner.query(`CREATE INDEX search_documents_published_at_idx ON search_documents (published_at DESC, id)`);
    await queryRunner.query(`CREATE INDEX search_documents_hourly_wage_idx ON search_documents (hourly_wage_minor DESC NULLS LAST, id)`);

    // Every word of every indexed document, for typo tolerance: a query word is widened to the
    // indexed words nearest to it by trigrams (GiST answers "nearest" without a threshold).
    await queryRunner.query(`CREATE TABLE search_lexicon (word text NOT NULL, CONSTRAINT search_lexicon_pkey PRIMARY KEY (word))`);
    await queryRunner.query(`CREATE INDEX search_lexicon_word_trgm_idx ON search_lexicon USING gist (word gist_trgm_ops)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE search_lexicon`);
    await queryRunner.query(`DROP TABLE search_documents`);
    await queryRunner.query(`DROP TEXT SEARCH CONFIGURATION onward_search`);
  }
}
