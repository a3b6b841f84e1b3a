import { Module } from '@nestjs/common';
import { FieldCipher } from '../../common/crypto/field-cipher';
import { IdentityModule } from '../identity/identity.module';
import { InvitationsModule } from '../invitations/invitations.module';
import { RegionsModule } from '../regions/regions.module';
import { SkillsModule } from '../skills/skills.module';
import { ConsentsRepository } from './consents.repository';
import { ConsentsService } from './consents.service';
import { PersonalDataKeyRotation } from './key-rotation';
import { PersonalDetailsSealer } from './personal-details';
import { SurvivorAccess } from './survivor-access';
import { SurvivorsController } from './survivors.controller';
import { SurvivorsRepository } from './survivors.repository';
import { SurvivorsService } from './survivors.service';

@Module({
  imports: [IdentityModule, InvitationsModule, RegionsModule, SkillsModule],
  controllers: [SurvivorsController],
  providers: [FieldCipher, PersonalDetailsSealer, PersonalDataKeyRotation, SurvivorsRepository, SurvivorAccess, SurvivorsService, ConsentsRepository, ConsentsService],
  exports: [PersonalDataKeyRotation, SurvivorsRepository, SurvivorAccess, ConsentsService, PersonalDetailsSealer],
})
export class SurvivorsModule {}
