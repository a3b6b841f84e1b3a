import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Application } from '../applications/application.entity';
import { Consent } from './consent.entity';

@Injectable()
export class ConsentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  create(manager: EntityManager, consent: Omit<Consent, 'id' | 'survivor' | 'employer' | 'createdAt'>): Promise<Consent> {
    return manager.save(manager.create(Consent, consent));
  }

  /** Consent is given to an employer the survivor applied to (or for one of those applications). */
  async hasApplied(survivorId: string, employerId: string, applicationId: string | null, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const where = applicationId ? { survivorId, employerId, id: applicationId } : { survivorId, employerId };
    return (await manager.count(Application, { where })) > 0;
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<Consent | null> {
    return manager.findOne(Consent, { where: { id }, relations: { employer: true } });
  }

  async revoke(manager: EntityManager, id: string, at: Date): Promise<void> {
    await manager.update(Consent, { id }, { revokedAt: at });
  }

  listForSurvivor(survivorId: string): Promise<Consent[]> {
    return this.dataSource.manager.find(Consent, { where: { survivorId }, relations: { employer: true }, order: { grantedAt: 'DESC' }, take: 500 });
  }

  /**
   * Consents in force now between a survivor and an employer: the employer-wide ones, and the
   * one for `applicationId` when given.
   */
  active(survivorId: string, employerId: string, applicationId: string | null, at: Date, manager: EntityManager = this.dataSource.manager): Promise<Consent[]> {
    const builder = manager
      .createQueryBuilder(Consent, 'consent')
      .where('consent.survivor_id = :survivorId AND consent.employer_id = :employerId', { survivorId, employerId })
      .andWhere('consent.revoked_at IS NULL AND consent.expires_at > :at', { at });
    if (applicationId) builder.andWhere('(consent.application_id IS NULL OR consent.application_id = :applicationId)', { applicationId });
    else builder.andWhere('consent.application_id IS NULL');
    return builder.getMany();
  }

  /**
   * Of these applications (id, survivor), the ones an employer may see now, with the fields it
   * may see: one statement for a whole list.
   */
  async activeForApplications(employerId: string, applications: { id: string; survivorId: string }[], at: Date): Promise<Map<string, Consent[]>> {
    const result = new Map<string, Consent[]>();
    if (!applications.length) return result;
    const consents = await this.dataSource.manager
      .createQueryBuilder(Consent, 'consent')
      .where('consent.employer_id = :employerId', { employerId })
      .andWhere('consent.survivor_id IN (:...survivorIds)', { survivorIds: [...new Set(applications.map((application) => application.survivorId))] })
      .andWhere('consent.revoked_at IS NULL AND consent.expires_at > :at', { at })
      .getMany();
    for (const application of applications) {
      const covering = consents.filter((consent) => consent.survivorId === application.survivorId && (consent.applicationId === null || consent.applicationId === application.id));
      if (covering.length) result.set(application.id, covering);
    }
    return result;
  }
}
