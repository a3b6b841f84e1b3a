import { Injectable } from '@nestjs/common';
import { Clock } from '../../common/clock/clock';
import { Errors } from '../../common/errors/domain.exception';
import { Actor } from '../../common/security/request-context';
import { TransactionRunner } from '../../database/transaction-runner';
import { AuditService } from '../audit/audit.service';
import { Skill, SkillGroup, SkillLabels } from './skill.entity';
import { SkillsRepository } from './skills.repository';

@Injectable()
export class SkillsService {
  constructor(
    private readonly skills: SkillsRepository,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async taxonomy(): Promise<{ version: number; groups: SkillGroup[]; skills: Skill[] }> {
    const [version, groups, skills] = await Promise.all([this.skills.currentVersion(), this.skills.groups(), this.skills.skills()]);
    return { version, groups, skills };
  }

  /** Every code must name a skill that is not retired; a 400 on the field otherwise. */
  async requireUsable(codes: string[], field: string): Promise<void> {
    const found = new Map((await this.skills.findByCodes(codes)).map((skill) => [skill.code, skill]));
    const unusable = codes.filter((code) => !found.get(code) || found.get(code)!.retiredAt);
    if (unusable.length) throw Errors.invalidField(field, `Unknown or retired skills: ${unusable.join(', ')}.`);
  }

  /** English labels by code, for the English text of match reasons. */
  async englishLabels(codes: string[]): Promise<Map<string, string>> {
    return new Map((await this.skills.findByCodes([...new Set(codes)])).map((skill) => [skill.code, skill.labels.en]));
  }

  /** Labels in every language, for the search index. */
  async labelsOf(codes: string[]): Promise<string[]> {
    return (await this.skills.findByCodes(codes)).flatMap((skill) => [skill.labels.en, skill.labels.es, skill.labels.ar]);
  }

  create(actor: Actor, input: { code: string; labels: SkillLabels }): Promise<Skill> {
    const groupCode = input.code.split('.')[0];
    return this.transactions.run(async (manager) => {
      if (!(await this.skills.groupExists(groupCode, manager))) throw Errors.invalidField('code', `There is no skill group "${groupCode}".`);
      if (await this.skills.findByCode(input.code, manager)) throw Errors.conflict('A skill with this code already exists.');
      const version = await this.skills.newVersion(manager, `Added ${input.code}`, actor.id);
      const skill = await this.skills.save(manager, { code: input.code, groupCode, labels: input.labels, changedInVersion: version, retiredAt: null });
      await this.audit.record({ action: 'skill.create', outcome: 'success', actor, subjectType: 'skill', subjectId: input.code }, manager);
      return skill;
    });
  }

  update(actor: Actor, code: string, input: { labels?: SkillLabels; retired?: boolean }): Promise<Skill> {
    return this.transactions.run(async (manager) => {
      const skill = await this.skills.findByCode(code, manager);
      if (!skill) throw Errors.notFound('The skill');
      const retiredAt = input.retired === undefined ? skill.retiredAt : input.retired ? (skill.retiredAt ?? this.clock.now()) : null;
      const version = await this.skills.newVersion(manager, `Changed ${code}`, actor.id);
      const saved = await this.skills.save(manager, { code, groupCode: skill.groupCode, labels: input.labels ?? skill.labels, changedInVersion: version, retiredAt });
      await this.audit.record({ action: 'skill.update', outcome: 'success', actor, subjectType: 'skill', subjectId: code }, manager);
      return saved;
    });
  }
}
