import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from './config/app-config';
import { CoreModule } from './config/core.module';
import { dataSourceOptions } from './database/data-source-options';
import { DatabaseTarget } from './database/database.tokens';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { EmployersModule } from './modules/employers/employers.module';
import { GrantsModule } from './modules/grants/grants.module';
import { HealthModule } from './modules/health/health.module';
import { MetricsModule } from './modules/metrics/metrics.module';
import { IdempotencyModule } from './modules/idempotency/idempotency.module';
import { IdentityModule } from './modules/identity/identity.module';
import { InvitationsModule } from './modules/invitations/invitations.module';
import { JobsModule } from './modules/jobs/jobs.module';
import { OpportunitiesModule } from './modules/opportunities/opportunities.module';
import { RegionsModule } from './modules/regions/regions.module';
import { SkillsModule } from './modules/skills/skills.module';
import { SurvivorsModule } from './modules/survivors/survivors.module';
import { ApplicationsModule } from './modules/applications/applications.module';
import { PlacementsModule } from './modules/placements/placements.module';
import { GrantApplicationsModule } from './modules/grant-applications/grant-applications.module';
import { MatchingModule } from './modules/matching/matching.module';
import { CheckInsModule } from './modules/check-ins/check-ins.module';
import { RiskModule } from './modules/risk/risk.module';
import { RetentionModule } from './modules/retention/retention.module';
import { DataRightsModule } from './modules/data-rights/data-rights.module';
import { OperationsModule } from './modules/operations/operations.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, database: DatabaseTarget): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config, database),
        TypeOrmModule.forRoot({ ...dataSourceOptions(database.url, { statementTimeoutMs: config.database.statementTimeoutMs }), retryAttempts: 2, retryDelay: 1000 }),
        AuditModule,
        IdentityModule,
        AuthModule,
        InvitationsModule,
        RegionsModule,
        SkillsModule,
        EmployersModule,
        JobsModule,
        GrantsModule,
        OpportunitiesModule,
        SurvivorsModule,
        MatchingModule,
        ApplicationsModule,
        PlacementsModule,
        GrantApplicationsModule,
        RiskModule,
        CheckInsModule,
        RetentionModule,
        DataRightsModule,
        HealthModule,
        MetricsModule,
        IdempotencyModule,
        OperationsModule,
      ],
    };
  }
}
