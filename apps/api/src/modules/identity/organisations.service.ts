import { Injectable } from '@nestjs/common';
import { Actor } from '../../common/security/request-context';
import { Organisation } from './organisation.entity';
import { OrganisationsRepository } from './organisations.repository';

@Injectable()
export class OrganisationsService {
  constructor(private readonly organisations: OrganisationsRepository) {}

  /** Admins see every organisation; everyone else sees their own. */
  async visibleTo(actor: Actor): Promise<Organisation[]> {
    if (actor.role === 'admin') return this.organisations.list();
    const own = await this.organisations.findById(actor.organisationId);
    return own ? [own] : [];
  }

  funders(): Promise<Organisation[]> {
    return this.organisations.listOfKind('funder');
  }
}
