import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RetentionGroup, RetentionSubject } from '@onward/shared';
import { DataSource } from 'typeorm';

export interface RetentionFilter {
  subject: RetentionSubject;
  groupBy: RetentionGroup | null;
  /** null: every organisation (admins). */
  organisationId: string | null;
  from: string | null;
  to: string | null;
  /** Running placements are censored at this day. */
  asOf: string;
}

/** Durations in days, counted: one row per group, duration and whether it ended. */
export interface DurationCount {
  key: string;
  duration: number;
  ended: boolean;
  count: number;
}

interface Source {
  /** The start day, the end day (null while running), the organisation, and each grouping's key and label. */
  from: string;
  start: string;
  end: string;
  organisation: string;
  keys: Record<RetentionGroup, { key: string; label: string }>;
}

const cohort = (start: string) => ({
  cohort_month: { key: `to_char(${start}, 'YYYY-MM')`, label: `to_char(${start}, 'YYYY-MM')` },
  cohort_quarter: { key: `to_char(${start}, 'YYYY-"Q"Q')`, label: `to_char(${start}, 'YYYY-"Q"Q')` },
});

/**
 * Where each subject's durations come from. Every key and label is a fixed SQL expression chosen
 * here from an allowlisted group name; nothing from the request reaches the SQL text.
 */
const SOURCES: Record<RetentionSubject, Source> = {
  placements: {
    from: `placements p JOIN survivor_profiles s ON s.id = p.survivor_id JOIN jobs j ON j.id = p.job_id
           JOIN organisations employer ON employer.id = p.employer_id JOIN organisations provider ON provider.id = s.organisation_id`,
    start: 'p.start_date',
    end: 'p.end_date',
    organisation: 's.organisation_id',
    keys: {
      organisation: { key: 'provider.id::text', label: 'provider.name' },
      employer: { key: 'employer.id::text', label: 'employer.name' },
      sector: { key: 'j.sector', label: 'j.sector' },
      job: { key: 'j.id::text', label: `j.title || ' (' || employer.name || ')'` },
      ...cohort('p.start_date'),
    },
  },
  grants: {
    from: `grant_applications g JOIN survivor_profiles s ON s.id = g.survivor_id JOIN grant_programmes gp ON gp.id = g.programme_id
           JOIN organisations funder ON funder.id = gp.funder_id JOIN organisations provider ON provider.id = s.organisation_id`,
    start: `(g.decided_at AT TIME ZONE 'UTC')::date`,
    end: 'g.trading_ended_on',
    organisation: 's.organisation_id',
    keys: {
      organisation: { key: 'provider.id::text', label: 'provider.name' },
      employer: { key: 'funder.id::text', label: 'funder.name' },
      sector: { key: `coalesce(gp.sector, 'any')`, label: `coalesce(gp.sector, 'any')` },
      job: { key: 'gp.id::text', label: 'gp.title' },
      ...cohort(`(g.decided_at AT TIME ZONE 'UTC')::date`),
    },
  },
};

@Injectable()
export class RetentionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Counts per (group, duration, ended) rather than one row per placement: the database does the
   * grouping, and the estimator gets a few thousand rows for a hundred thousand placements.
   */
  async durations(filter: RetentionFilter): Promise<{ counts: DurationCount[]; labels: Map<string, string> }> {
    const source = SOURCES[filter.subject];
    const group = filter.groupBy ? source.keys[filter.groupBy] : { key: `'all'`, label: `'all'` };
    const where: string[] = [`${source.start} <= $1::date`];
    const params: unknown[] = [filter.asOf];
    if (filter.subject === 'grants') where.push(`g.status = 'awarded'`, 'g.decided_at IS NOT NULL');
    if (filter.organisationId) where.push(`${source.organisation} = $${params.push(filter.organisationId)}`);
    if (filter.from) where.push(`${source.start} >= $${params.push(filter.from)}::date`);
    if (filter.to) where.push(`${source.start} <= $${params.push(filter.to)}::date`);
    const rows: Array<{ key: string; label: string; duration: number; ended: boolean; count: number }> = await this.dataSource.query(
      `SELECT ${group.key} AS key, min(${group.label}) AS label,
              (coalesce(${source.end}, $1::date) - ${source.start}) AS duration, (${source.end} IS NOT NULL) AS ended, count(*)::int AS count
         FROM ${source.from}
        WHERE ${where.join(' AND ')}
        GROUP BY 1, 3, 4`,
      params,
    );
    const labels = new Map<string, string>();
    for (const row of rows) if (!labels.has(row.key)) labels.set(row.key, row.label);
    return { counts: rows.map((row) => ({ key: row.key, duration: Math.max(0, row.duration), ended: row.ended, count: row.count })), labels };
  }
}
