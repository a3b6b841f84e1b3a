import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '../../common/security/decorators';
import { Actor } from '../../common/security/request-context';
import { CreateSkillDto, SkillCodeParam, SkillDto, SkillGroupDto, SkillTaxonomyDto, UpdateSkillDto } from './dto/skill.dto';
import { SkillsService } from './skills.service';

@ApiTags('skills')
@Controller('skills')
export class SkillsController {
  constructor(private readonly skills: SkillsService) {}

  @Get()
  @ApiOkResponse({ type: SkillTaxonomyDto })
  async taxonomy(): Promise<SkillTaxonomyDto> {
    const taxonomy = await this.skills.taxonomy();
    return { version: taxonomy.version, groups: taxonomy.groups.map(SkillGroupDto.from), skills: taxonomy.skills.map(SkillDto.from) };
  }

  @Post()
  @Roles('admin')
  @ApiCreatedResponse({ type: SkillDto })
  async create(@CurrentActor() actor: Actor, @Body() body: CreateSkillDto): Promise<SkillDto> {
    return SkillDto.from(await this.skills.create(actor, body));
  }

  @Patch(':code')
  @Roles('admin')
  @ApiOkResponse({ type: SkillDto })
  async update(@CurrentActor() actor: Actor, @Param() params: SkillCodeParam, @Body() body: UpdateSkillDto): Promise<SkillDto> {
    return SkillDto.from(await this.skills.update(actor, params.code, body));
  }
}
