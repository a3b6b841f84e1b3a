import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainException, Errors } from '../../common/errors/domain.exception';
import { Actor } from '../../common/security/request-context';
import { SurvivorProfile } from './survivor-profile.entity';
import { SurvivorsRepository } from './survivors.repository';

/**
 * Who may open a survivor's record: the survivor, and caseworkers of the survivor's own
 * organisation. Everyone else, employers and admins included, gets "not found": the answer must
 * not even say that the record exists. Every service that reads survivor data asks here.
 */
@Injectable()
export class SurvivorAccess {
  constructor(private readonly survivors: SurvivorsRepository) {}

  /** The signed-in survivor's own profile. */
  async own(actor: Actor, manager?: EntityManager): Promise<SurvivorProfile> {
    const profile = actor.role === 'survivor' ? await this.survivors.findByUserId(actor.id, manager) : null;
    if (!profile) throw Errors.notFound('Your profile');
    return profile;
  }

  /** A survivor of the caseworker's own organisation. */
  async asCaseworker(actor: Actor, survivorId: string, manager?: EntityManager): Promise<SurvivorProfile> {
    const profile = actor.role === 'caseworker' ? await this.survivors.findById(survivorId, manager) : null;
    if (!profile || !this.isCaseworkerOf(actor, profile)) throw Errors.notFound('The survivor');
    return profile;
  }

  /** The survivor themself, or a caseworker of their organisation. */
  async asSurvivorOrCaseworker(actor: Actor, survivorId: string, manager?: EntityManager): Promise<SurvivorProfile> {
    if (actor.role === 'survivor') {
      const own = await this.own(actor, manager);
      if (own.id !== survivorId) throw Errors.notFound('The survivor');
      return own;
    }
    return this.asCaseworker(actor, survivorId, manager);
  }

  /**
   * One of a survivor's records (an application, a placement, a check-in…) for the survivor or a
   * caseworker of theirs. Anyone else is told that record, not the survivor, does not exist.
   */
  async forRecordOf(actor: Actor, survivorId: string, what: string, manager?: EntityManager): Promise<SurvivorProfile> {
    try {
      return await this.asSurvivorOrCaseworker(actor, survivorId, manager);
    } catch (error) {
      if (error instanceof DomainException && error.code === 'not_found') throw Errors.notFound(what);
      throw error;
    }
  }

  /** `me`: the signed-in survivor's own profile; an id: a survivor of the caseworker's organisation. */
  ownOrAsCaseworker(actor: Actor, survivorId: string | 'me', manager?: EntityManager): Promise<SurvivorProfile> {
    return survivorId === 'me' ? this.own(actor, manager) : this.asCaseworker(actor, survivorId, manager);
  }

  isCaseworkerOf(actor: Actor, profile: Pick<SurvivorProfile, 'organisationId'>): boolean {
    return actor.role === 'caseworker' && profile.organisationId === actor.organisationId;
  }
}
