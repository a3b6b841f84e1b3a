import { Module } from '@nestjs/common';
import { OrganisationsController } from './organisations.controller';
import { OrganisationsRepository } from './organisations.repository';
import { OrganisationsService } from './organisations.service';
import { UsersRepository } from './users.repository';

@Module({
  controllers: [OrganisationsController],
  providers: [UsersRepository, OrganisationsRepository, OrganisationsService],
  exports: [UsersRepository, OrganisationsRepository],
})
export class IdentityModule {}
