import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBody, ApiTags } from '@nestjs/swagger';
import { EmptyBodyDto } from '../../common/validation/empty-body';
import { CurrentActor, Roles } from '../../common/security/decorators';
import { Actor } from '../../common/security/request-context';
import { AlarmReceivedDto } from './dto/flag.dto';
import { RiskService } from './risk.service';

/** The survivor's "I don't feel safe" button: one tap opens (or raises) a critical flag. */
@ApiTags('survivors')
@Controller('survivors')
export class AlarmController {
  constructor(private readonly risk: RiskService) {}

  @Post('me/alarm')
  @Roles('survivor')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: AlarmReceivedDto, description: 'Recorded; the caseworker is emailed. No body is needed.' })
  @ApiBody({ type: EmptyBodyDto, required: false })
  async alarm(@CurrentActor() actor: Actor, @Body() _body: EmptyBodyDto): Promise<AlarmReceivedDto> {
    await this.risk.alarm(actor);
    return { received: true };
  }
}
