import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { APPLICATION_STATUSES, ApplicationStatus, CONSENT_FIELDS, ConsentField, LANGUAGE_LEVELS, LanguageLevel, SKILL_LEVELS, SkillLevel } from '@onward/shared';
import { SharedFields } from '../../survivors/consents.service';
import { PersonalDetails } from '../../survivors/personal-details';
import { Application } from '../application.entity';

export class SharedSkillDto {
  @ApiProperty() code: string;
  @ApiProperty({ enum: SKILL_LEVELS }) level: SkillLevel;
  @ApiProperty() years: number;
}

export class SharedLanguageDto {
  @ApiProperty() code: string;
  @ApiProperty({ enum: LANGUAGE_LEVELS }) level: LanguageLevel;
}

export class SharedContactDto {
  @ApiProperty({ type: String, nullable: true, description: 'Null: none on record.' }) phone: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Null: none on record.' }) email: string | null;
}

/**
 * The survivor as an employer sees them. Each optional field is ABSENT (the key is not in the
 * JSON) unless the survivor consented to it; a consented field with nothing on record is null
 * (legalName) or holds nulls (contact).
 */
export class SharedSurvivorDto {
  @ApiProperty({ description: 'Always shared.' }) pseudonym: string;
  @ApiPropertyOptional({ type: [SharedSkillDto], description: "Present only with consent to 'skills'." }) skills?: SharedSkillDto[];
  @ApiPropertyOptional({ type: [SharedLanguageDto], description: "Present only with consent to 'languages'." }) languages?: SharedLanguageDto[];
  @ApiPropertyOptional({ type: SharedContactDto, description: "Present only with consent to 'contact'." }) contact?: SharedContactDto;
  @ApiPropertyOptional({ type: String, nullable: true, description: "Present only with consent to 'legal_name'; null when none is on record." }) legalName?: string | null;
}

export class EmployerApplicationJobDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
}

/**
 * An application as its employer sees it, while a consent is active. An allowlist built field
 * by field: never the survivor's id, exclusions, caseworker, region, availability, preferences,
 * the history's notes or how the survivor agreed.
 */
export class EmployerApplicationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: APPLICATION_STATUSES }) status: ApplicationStatus;
  @ApiProperty() statusChangedAt: Date;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ type: String, nullable: true, description: "The survivor's note to the employer." }) message: string | null;
  @ApiProperty({ type: EmployerApplicationJobDto }) job: EmployerApplicationJobDto;
  @ApiProperty({ enum: CONSENT_FIELDS, isArray: true, description: 'What the survivor consented to share, beyond the pseudonym.' }) sharedFields: ConsentField[];
  @ApiProperty({ type: SharedSurvivorDto }) survivor: SharedSurvivorDto;

  /** `open` decrypts the survivor's sealed details; it is called only when contact or legal name is consented. */
  static from(application: Application, fields: NonNullable<SharedFields>, open: () => PersonalDetails): EmployerApplicationDto {
    const profile = application.survivor!;
    const survivor: SharedSurvivorDto = { pseudonym: profile.pseudonym };
    if (fields.has('skills')) survivor.skills = profile.skills.map(({ code, level, years }) => ({ code, level, years }));
    if (fields.has('languages')) survivor.languages = profile.languages.map(({ code, level }) => ({ code, level }));
    if (fields.has('contact') || fields.has('legal_name')) {
      const personal = open();
      if (fields.has('contact')) survivor.contact = { phone: personal.phone, email: personal.email };
      if (fields.has('legal_name')) survivor.legalName = personal.legalName;
    }
    return {
      id: application.id,
      status: application.status,
      statusChangedAt: application.statusChangedAt,
      createdAt: application.createdAt,
      message: application.message,
      job: { id: application.jobId, title: application.job?.title ?? '' },
      sharedFields: CONSENT_FIELDS.filter((field) => fields.has(field)),
      survivor,
    };
  }
}

export class EmployerApplicationPageDto {
  @ApiProperty({ type: [EmployerApplicationDto] }) items: EmployerApplicationDto[];
  @ApiProperty() total: number;
}
