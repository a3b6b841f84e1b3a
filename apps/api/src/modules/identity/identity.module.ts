import { UsersController } from './users.controller';
import { UsersService } from './users.service';
import { Module } from '@nestjs/common';
import { OrganisationsController } from './organisations.controller';
import { OrganisationsRepository } from './organisations.repository';
import { OrganisationsService } from './organisations.service';
import { UsersRepository } from './users.repository';

@Module({
  controllers: [OrganisationsController, UsersController],
  providers: [UsersRepository, UsersService, OrganisationsRepository, OrganisationsService],
  exports: [UsersRepository, OrganisationsRepository],
})
export class IdentityModule {}
