import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APPLICATION_CLOSED_STATUSES, ApplicationStatus } from '@onward/shared';
import { DataSource, In, Not } from 'typeorm';
import { Application } from '../applications/application.entity';

@Injectable()
export class MatchingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The open applications these survivors have to a job: a caseworker sees who already applied. */
  async openApplications(jobId: string, survivorIds: string[]): Promise<Map<string, ApplicationStatus>> {
    if (!survivorIds.length) return new Map();
    const rows = await this.dataSource.manager.find(Application, {
      select: { survivorId: true, status: true },
      where: { jobId, survivorId: In(survivorIds), status: Not(In([...APPLICATION_CLOSED_STATUSES.filter((status) => status !== 'hired')])) },
    });
    return new Map(rows.map((row) => [row.survivorId, row.status]));
  }
}
