import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { SurvivorProfile } from '../survivors/survivor-profile.entity';
import { Invitation } from './invitation.entity';

@Injectable()
export class InvitationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  create(manager: EntityManager, invitation: Pick<Invitation, 'email' | 'role' | 'organisationId' | 'tokenHash' | 'invitedById' | 'expiresAt'> & Partial<Pick<Invitation, 'survivorId'>>): Promise<Invitation> {
    return manager.save(manager.create(Invitation, { survivorId: null, ...invitation, acceptedAt: null, revokedAt: null }));
  }

  /** The survivor's new account takes over the profile their caseworker made, unless another already has. */
  async linkSurvivorProfile(manager: EntityManager, survivorId: string, userId: string): Promise<boolean> {
    const result = await manager.update(SurvivorProfile, { id: survivorId, userId: IsNull() }, { userId });
    return result.affected === 1;
  }

  /**
   * Earlier open invitations to the same email into the same organisation stop working when a
   * new one is sent. Another organisation's invitation is left alone: nobody outside it may
   * cancel it.
   */
  async revokeOpenFor(manager: EntityManager, email: string, organisationId: string, at: Date): Promise<void> {
    await manager.update(Invitation, { email, organisationId, acceptedAt: IsNull(), revokedAt: IsNull() }, { revokedAt: at });
  }

  findByTokenHash(tokenHash: string, manager: EntityManager = this.dataSource.manager): Promise<Invitation | null> {
    return manager.findOne(Invitation, { where: { tokenHash }, relations: { organisation: true } });
  }

  /** Marks it used; false when another request used it first. */
  async markAccepted(manager: EntityManager, id: string, at: Date): Promise<boolean> {
    const result = await manager.update(Invitation, { id, acceptedAt: IsNull(), revokedAt: IsNull() }, { acceptedAt: at });
    return result.affected === 1;
  }
}
