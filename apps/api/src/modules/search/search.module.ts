import { Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { EmbeddedSearchEngine } from './embedded-search.engine';
import { MeilisearchEngine } from './meilisearch.engine';
import { SEARCH_ENGINE, SearchEngine } from './search-engine';

@Module({
  providers: [
    {
      provide: SEARCH_ENGINE,
      inject: [APP_CONFIG, getDataSourceToken()],
      useFactory: ({ search }: AppConfig, dataSource: DataSource): SearchEngine =>
        search.meilisearchUrl
          ? new MeilisearchEngine(search.meilisearchUrl, search.meilisearchApiKey, search.meilisearchIndex)
          : new EmbeddedSearchEngine(dataSource),
    },
  ],
  exports: [SEARCH_ENGINE],
})
export class SearchModule {}
