import { Injectable } from '@nestjs/common';
import { Errors } from '../../common/errors/domain.exception';
import { Actor } from '../../common/security/request-context';
import { AuditService } from '../audit/audit.service';
import { Region } from './region.entity';
import { RegionsRepository } from './regions.repository';

/** Formats minor units for a message, e.g. 1221 GBP → "12.21 GBP". */
export const formatMoney = (minor: number, currency: string) => `${(minor / 100).toFixed(2)} ${currency}`;

@Injectable()
export class RegionsService {
  constructor(
    private readonly regions: RegionsRepository,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<Region[]> {
    return this.regions.list();
  }

  /** The region a job or grant names; a 400 on the field when it does not exist. */
  async require(code: string, field = 'regionCode'): Promise<Region> {
    const region = await this.regions.findByCode(code);
    if (!region) throw Errors.invalidField(field, `There is no region with the code "${code}".`);
    return region;
  }

  async requireAll(codes: string[], field = 'regions'): Promise<void> {
    const known = await this.regions.existing(codes);
    const unknown = codes.filter((code) => !known.has(code));
    if (unknown.length) throw Errors.invalidField(field, `Unknown regions: ${unknown.join(', ')}.`);
  }

  async save(actor: Actor, code: string, input: Pick<Region, 'name' | 'hourlyWageFloorMinor' | 'currency'>): Promise<Region> {
    const region = await this.regions.save({ code, ...input });
    await this.audit.record({ action: 'region.save', outcome: 'success', actor, subjectType: 'region', subjectId: code });
    return region;
  }
}
