import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ClientAddress, CurrentActor, Roles } from '../../common/security/decorators';
import { Actor } from '../../common/security/request-context';
import { PAGE_LIMIT_DEFAULT } from '../../common/validation/page-query';
import { AuditService } from './audit.service';
import { AuditPageDto, AuditQuery } from './dto/audit.dto';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Roles('admin')
  @ApiOkResponse({ type: AuditPageDto, description: 'The audit trail, newest first. Admins only; each search is recorded too.' })
  search(@CurrentActor() actor: Actor, @Query() query: AuditQuery, @ClientAddress() address: string): Promise<AuditPageDto> {
    const { limit, offset, ...filter } = query;
    return this.audit.search(actor, filter, limit ?? PAGE_LIMIT_DEFAULT, offset ?? 0, address);
  }
}
