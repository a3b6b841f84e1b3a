import { Module } from '@nestjs/common';
import { QueueModule } from '../queue/queue.module';
import { SearchModule } from '../search/search.module';
import { OpportunitiesController } from './opportunities.controller';
import { OpportunitiesRepository } from './opportunities.repository';
import { OpportunitiesService } from './opportunities.service';
import { SearchIndexer } from './search-indexer';

@Module({
  imports: [QueueModule, SearchModule],
  controllers: [OpportunitiesController],
  providers: [OpportunitiesRepository, OpportunitiesService, SearchIndexer],
  exports: [SearchIndexer, OpportunitiesRepository],
})
export class OpportunitiesModule {}
