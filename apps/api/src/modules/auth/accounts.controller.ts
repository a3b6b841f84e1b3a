import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ClientAddress, CurrentActor, Roles } from '../../common/security/decorators';
import { Actor } from '../../common/security/request-context';
import { EmptyBodyDto } from '../../common/validation/empty-body';
import { UserIdParam } from '../identity/dto/user.dto';
import { AccountsService } from './accounts.service';
import { AccountStateDto } from './dto/account.dto';

/** Admins: stop an account signing in, let it again, or end its sessions (a lost phone). */
@ApiTags('users')
@Controller('users')
@Roles('admin')
export class AccountsController {
  constructor(private readonly accounts: AccountsService) {}

  @Post(':id/disable')
  @HttpCode(200)
  @ApiBody({ type: EmptyBodyDto, required: false })
  @ApiOkResponse({ type: AccountStateDto, description: 'Ends every session of the account at once. 409 for your own.' })
  disable(@CurrentActor() actor: Actor, @Param() params: UserIdParam, @Body() _body: EmptyBodyDto, @ClientAddress() address: string): Promise<AccountStateDto> {
    return this.accounts.setDisabled(actor, params.id, true, address);
  }

  @Post(':id/enable')
  @HttpCode(200)
  @ApiBody({ type: EmptyBodyDto, required: false })
  @ApiOkResponse({ type: AccountStateDto })
  enable(@CurrentActor() actor: Actor, @Param() params: UserIdParam, @Body() _body: EmptyBodyDto, @ClientAddress() address: string): Promise<AccountStateDto> {
    return this.accounts.setDisabled(actor, params.id, false, address);
  }

  @Post(':id/sessions/revoke')
  @HttpCode(200)
  @ApiBody({ type: EmptyBodyDto, required: false })
  @ApiOkResponse({ type: AccountStateDto, description: 'Ends every session of the account; it can sign in again.' })
  revokeSessions(@CurrentActor() actor: Actor, @Param() params: UserIdParam, @Body() _body: EmptyBodyDto, @ClientAddress() address: string): Promise<AccountStateDto> {
    return this.accounts.revokeSessions(actor, params.id, address);
  }
}
