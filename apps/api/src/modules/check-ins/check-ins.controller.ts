import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '../../common/security/decorators';
import { Actor } from '../../common/security/request-context';
import { CheckInAnswersDto, CheckInDto, CheckInIdParam, CheckInListDto } from './dto/check-in.dto';
import { CheckInsService } from './check-ins.service';

@ApiTags('check-ins')
@Controller()
export class CheckInsController {
  constructor(private readonly checkIns: CheckInsService) {}

  @Get('survivors/me/check-ins')
  @Roles('survivor')
  @ApiOkResponse({ type: CheckInListDto, description: 'Due now, or missed in the last 30 days and still open to a late answer; oldest first.' })
  mine(@CurrentActor() actor: Actor): Promise<CheckInListDto> {
    return this.checkIns.mine(actor);
  }

  @Post('check-ins/:id/answers')
  @Roles('survivor', 'caseworker')
  @HttpCode(200)
  @ApiOkResponse({ type: CheckInDto, description: "The survivor's own, or a caseworker's record of a call. 404: not yours to answer; 409: answered already, not open yet, or no longer needed." })
  answer(@CurrentActor() actor: Actor, @Param() params: CheckInIdParam, @Body() body: CheckInAnswersDto): Promise<CheckInDto> {
    const { note, ...answers } = body;
    return this.checkIns.answer(actor, params.id, { ...answers, note: note ?? null });
  }
}
