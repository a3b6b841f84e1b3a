import { Global, Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { AuditRepository } from './audit.repository';
import { AuditService } from './audit.service';
import { RequestAudit } from './request-audit';

@Global()
@Module({ controllers: [AuditController], providers: [AuditRepository, AuditService, RequestAudit], exports: [AuditService, RequestAudit] })
export class AuditModule {}
