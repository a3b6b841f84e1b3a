import { Global, Module } from '@nestjs/common';
import { HttpMetrics } from './http-metrics';
import { MetricsController } from './metrics.controller';
import { MetricsRepository } from './metrics.repository';
import { MetricsService } from './metrics.service';

@Global()
@Module({ controllers: [MetricsController], providers: [HttpMetrics, MetricsRepository, MetricsService], exports: [HttpMetrics] })
export class MetricsModule {}
