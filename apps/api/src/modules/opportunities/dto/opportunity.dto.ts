import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  OPPORTUNITY_TYPES,
  OpportunityType,
  SEARCH_MAX_PAGE,
  SEARCH_PAGE_SIZE_MAX,
  SEARCH_QUERY_MAX_LENGTH,
  SEARCH_SORTS,
  SearchSort,
  SECTORS,
  Sector,
  WAGE_BANDS,
  WAGE_PERIODS,
  WagePeriod,
  WORK_LANGUAGES,
} from '@onward/shared';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { GrantProgramme } from '../../grants/grant-programme.entity';
import { OpportunityDocument, OpportunityFacets } from '../../search/search-engine';
import { VisibleJob } from '../opportunities.repository';

const list = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',').map((item) => item.trim()).filter(Boolean) : value);
const bool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** Every parameter is on an allowlist: anything else is a 400. */
export class SearchOpportunitiesQuery {
  @ApiPropertyOptional({ description: 'Words to look for; typos and word beginnings are forgiven.', maxLength: SEARCH_QUERY_MAX_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(SEARCH_QUERY_MAX_LENGTH)
  q?: string;

  @ApiPropertyOptional({ description: 'Comma-separated: job, grant.', example: 'job' })
  @IsOptional()
  @Transform(list)
  @IsArray()
  @ArrayMaxSize(OPPORTUNITY_TYPES.length)
  @IsIn(OPPORTUNITY_TYPES, { each: true, message: `type must be among: ${OPPORTUNITY_TYPES.join(', ')}` })
  type?: OpportunityType[];

  @ApiPropertyOptional({ description: 'Comma-separated sectors.', example: 'food,hospitality' })
  @IsOptional()
  @Transform(list)
  @IsArray()
  @ArrayMaxSize(SECTORS.length)
  @IsIn(SECTORS, { each: true, message: `sector must be among: ${SECTORS.join(', ')}` })
  sector?: Sector[];

  @ApiPropertyOptional({ description: 'Comma-separated region codes.' })
  @IsOptional()
  @Transform(list)
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(/^[a-z0-9_-]{2,40}$/, { each: true, message: 'region must be region codes' })
  region?: string[];

  @ApiPropertyOptional({ enum: ['true', 'false'] })
  @IsOptional()
  @Transform(bool)
  @IsBoolean({ message: 'remote must be true or false' })
  remote?: boolean;

  @ApiPropertyOptional({ description: 'Comma-separated ISO 639-1 codes.', example: 'es' })
  @IsOptional()
  @Transform(list)
  @IsArray()
  @ArrayMaxSize(WORK_LANGUAGES.length)
  @IsIn(WORK_LANGUAGES, { each: true, message: 'language must be ISO 639-1 codes Onward knows, e.g. en, es, ar' })
  language?: string[];

  @ApiPropertyOptional({ description: 'Lowest hourly wage, minor units. Leaves grants out.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'wageMin must be a whole number of minor units' })
  @Min(0)
  @Max(100_000_000)
  wageMin?: number;

  @ApiPropertyOptional({ description: 'Highest hourly wage, minor units. Leaves grants out.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'wageMax must be a whole number of minor units' })
  @Min(0)
  @Max(100_000_000)
  wageMax?: number;

  @ApiPropertyOptional({ enum: SEARCH_SORTS, default: 'relevance' })
  @IsOptional()
  @IsIn(SEARCH_SORTS, { message: `sort must be one of: ${SEARCH_SORTS.join(', ')}` })
  sort?: SearchSort;

  @ApiPropertyOptional({ minimum: 1, maximum: SEARCH_MAX_PAGE, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'page must be a whole number' })
  @Min(1)
  @Max(SEARCH_MAX_PAGE, { message: `page must not be greater than ${SEARCH_MAX_PAGE}; narrow the search instead` })
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: SEARCH_PAGE_SIZE_MAX, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'pageSize must be a whole number' })
  @Min(1)
  @Max(SEARCH_PAGE_SIZE_MAX, { message: `pageSize must not be greater than ${SEARCH_PAGE_SIZE_MAX}` })
  pageSize?: number;
}

export class OpportunityIdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4', { message: 'id must be a UUID' })
  id: string;
}

export class OpportunityWageDto {
  @ApiProperty()
  amountMinor: number;

  @ApiProperty()
  currency: string;

  @ApiProperty({ enum: WAGE_PERIODS })
  period: WagePeriod;

  @ApiProperty()
  hoursPerWeek: number;
}

export class OpportunityAmountDto {
  @ApiProperty()
  minMinor: number;

  @ApiProperty()
  maxMinor: number;

  @ApiProperty()
  currency: string;
}

export class OpportunityHitDto {
  @ApiProperty({ enum: OPPORTUNITY_TYPES })
  type: OpportunityType;

  @ApiProperty({ format: 'uuid', description: 'The job or grant programme id (for its detail page).' })
  id: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ description: 'The start of the description.' })
  summary: string;

  @ApiProperty()
  organisationName: string;

  @ApiProperty({ enum: SECTORS, nullable: true })
  sector: string | null;

  @ApiProperty({ type: String, nullable: true })
  region: string | null;

  @ApiProperty()
  remote: boolean;

  @ApiProperty({ type: [String] })
  languages: string[];

  @ApiProperty({ type: [String] })
  skills: string[];

  @ApiProperty({ type: OpportunityWageDto, nullable: true })
  wage: OpportunityWageDto | null;

  @ApiProperty({ type: OpportunityAmountDto, nullable: true })
  amount: OpportunityAmountDto | null;

  @ApiProperty({ type: String, nullable: true, description: 'Closing date or deadline (YYYY-MM-DD).' })
  closesOn: string | null;

  @ApiProperty({ format: 'date-time' })
  publishedAt: string;

  static from(document: OpportunityDocument): OpportunityHitDto {
    const summary = document.description.length > 240 ? `${document.description.slice(0, 237).trimEnd()}…` : document.description;
    return {
      type: document.type,
      id: document.sourceId,
      title: document.title,
      summary,
      organisationName: document.organisationName,
      sector: document.sector,
      region: document.region,
      remote: document.remote,
      languages: document.languages,
      skills: document.skills,
      wage: document.wage,
      amount: document.amount,
      closesOn: document.closesOn,
      publishedAt: new Date(document.publishedAt).toISOString(),
    };
  }
}

export class FacetCountDto {
  @ApiProperty()
  value: string;

  @ApiProperty()
  count: number;
}

export class OpportunityFacetsDto {
  @ApiProperty({ type: FacetCountDto, isArray: true })
  type: FacetCountDto[];

  @ApiProperty({ type: FacetCountDto, isArray: true })
  sector: FacetCountDto[];

  @ApiProperty({ type: FacetCountDto, isArray: true })
  region: FacetCountDto[];

  @ApiProperty({ type: FacetCountDto, isArray: true, description: 'value "true" or "false".' })
  remote: FacetCountDto[];

  @ApiProperty({ type: FacetCountDto, isArray: true })
  languages: FacetCountDto[];

  @ApiProperty({ type: FacetCountDto, isArray: true, description: `Hourly wage bands: ${WAGE_BANDS.map((band) => band.key).join(', ')}.` })
  wage: FacetCountDto[];

  static from(facets: OpportunityFacets): OpportunityFacetsDto {
    const counts = (record: Record<string, number | undefined>) =>
      Object.entries(record)
        .filter((entry): entry is [string, number] => typeof entry[1] === 'number' && entry[1] > 0)
        .map(([value, count]) => ({ value, count }))
        .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    return {
      type: counts(facets.type),
      sector: counts(facets.sector),
      region: counts(facets.region),
      remote: counts({ true: facets.remote.true, false: facets.remote.false }),
      languages: counts(facets.languages),
      wage: WAGE_BANDS.map((band) => ({ value: band.key, count: facets.wage[band.key] ?? 0 })).filter((band) => band.count > 0),
    };
  }
}

export class OpportunitySearchDto {
  @ApiProperty({ type: OpportunityHitDto, isArray: true })
  hits: OpportunityHitDto[];

  @ApiProperty()
  total: number;

  @ApiProperty()
  page: number;

  @ApiProperty()
  pageSize: number;

  @ApiProperty({ type: OpportunityFacetsDto })
  facets: OpportunityFacetsDto;
}

/** A job as a survivor sees it: no contact details, no internal states. */
export class JobOpportunityDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  title: string;

  @ApiProperty()
  description: string;

  @ApiProperty({ format: 'uuid', description: 'For reporting a concern about the employer.' })
  employerId: string;

  @ApiProperty()
  employerName: string;

  @ApiProperty({ type: [String] })
  requiredSkills: string[];

  @ApiProperty({ type: [String] })
  preferredSkills: string[];

  @ApiProperty({ enum: SECTORS })
  sector: Sector;

  @ApiProperty()
  regionCode: string;

  @ApiProperty()
  regionName: string;

  @ApiProperty()
  remote: boolean;

  @ApiProperty({ type: OpportunityWageDto })
  wage: OpportunityWageDto;

  @ApiProperty({ type: [String] })
  languages: string[];

  @ApiProperty({ type: String, nullable: true })
  trainingOffered: string | null;

  @ApiProperty({ type: String, nullable: true })
  accommodations: string | null;

  @ApiProperty({ type: String, nullable: true })
  startDate: string | null;

  @ApiProperty({ type: String, nullable: true })
  closingDate: string | null;

  @ApiProperty({ format: 'date-time' })
  publishedAt: string;

  static from({ job }: VisibleJob): JobOpportunityDto {
    return {
      id: job.id,
      title: job.title,
      description: job.description,
      employerId: job.employerId,
      employerName: job.employer!.name,
      requiredSkills: job.requiredSkills,
      preferredSkills: job.preferredSkills,
      sector: job.sector,
      regionCode: job.regionCode,
      regionName: job.region!.name,
      remote: job.remote,
      wage: { amountMinor: job.wageMinor, currency: job.wageCurrency, period: job.wagePeriod, hoursPerWeek: job.hoursPerWeek },
      languages: job.languages,
      trainingOffered: job.trainingOffered,
      accommodations: job.accommodations,
      startDate: job.startDate,
      closingDate: job.closingDate,
      publishedAt: (job.publishedAt ?? job.updatedAt).toISOString(),
    };
  }
}

export class GrantOpportunityDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  title: string;

  @ApiProperty()
  description: string;

  @ApiProperty()
  funderName: string;

  @ApiProperty({ type: OpportunityAmountDto })
  amount: OpportunityAmountDto;

  @ApiProperty()
  eligibility: string;

  @ApiProperty({ type: [String] })
  requiredDocuments: string[];

  @ApiProperty({ enum: SECTORS, nullable: true })
  sector: Sector | null;

  @ApiProperty({ type: String, nullable: true })
  regionCode: string | null;

  @ApiProperty({ type: String, nullable: true })
  regionName: string | null;

  @ApiProperty({ type: String, nullable: true })
  deadline: string | null;

  static from(programme: GrantProgramme): GrantOpportunityDto {
    return {
      id: programme.id,
      title: programme.title,
      description: programme.description,
      funderName: programme.funder!.name,
      amount: { minMinor: programme.amountMinMinor, maxMinor: programme.amountMaxMinor, currency: programme.currency },
      eligibility: programme.eligibility,
      requiredDocuments: programme.requiredDocuments,
      sector: programme.sector,
      regionCode: programme.regionCode,
      regionName: programme.region?.name ?? null,
      deadline: programme.deadline,
    };
  }
}
