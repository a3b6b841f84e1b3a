import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { EmbeddedSearchEngine } from './embedded-search.engine';
import { MeilisearchEngine } from './meilisearch.engine';
import { SEARCH_ENGINE } from './search-engine';

@Module({
  providers: [
    {
      provide: SEARCH_ENGINE,
      inject: [APP_CONFIG, getDataSourceToken()],
      useFactory: (config: AppConfig, dataSource: DataSource) =>
        config.search.meilisearchUrl ? new MeilisearchEngine(config.search.meilisearchUrl) : new EmbeddedSearchEngine(dataSource),
    },
  ],
  exports: [SEARCH_ENGINE],
})
export class SearchModule {}
