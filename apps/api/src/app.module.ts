import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from './config/app-config';
import { CoreModule } from './config/core.module';
import { dataSourceOptions } from './database/data-source-options';
import { DatabaseTarget } from './database/database.tokens';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { HealthModule } from './modules/health/health.module';
import { IdentityModule } from './modules/identity/identity.module';
import { InvitationsModule } from './modules/invitations/invitations.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, database: DatabaseTarget): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config, database),
        TypeOrmModule.forRoot({ ...dataSourceOptions(database.url), retryAttempts: 2, retryDelay: 1000 }),
        AuditModule,
        IdentityModule,
        AuthModule,
        InvitationsModule,
        HealthModule,
      ],
    };
  }
}
