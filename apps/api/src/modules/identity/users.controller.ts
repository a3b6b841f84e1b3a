import { Body, Controller, HttpCode, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '../../common/security/decorators';
import { Actor } from '../../common/security/request-context';
import { StaffUserDto, SupervisorDto, UserIdParam } from './dto/user.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Put(':id/supervisor')
  @Roles('admin')
  @HttpCode(200)
  @ApiOkResponse({ type: StaffUserDto, description: 'Admins: a caseworker is (or stops being) a supervisor, emailed when a follow-up in their organisation is overdue. 400 for other roles.' })
  async setSupervisor(@CurrentActor() actor: Actor, @Param() params: UserIdParam, @Body() body: SupervisorDto): Promise<StaffUserDto> {
    return StaffUserDto.from(await this.users.setSupervisor(actor, params.id, body.supervisor));
  }
}
