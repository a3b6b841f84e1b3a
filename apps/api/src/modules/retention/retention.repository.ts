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

interface Grouping {
  /** The SQL expression of the group's key. */
  key: string;
  /** Joins it needs beyond the subject's base table and the survivor. */
  joins: string;
  /** How a group's label is found from its keys ($1: the keys); null: the key is its own label. */
  labels: string | null;
}

interface Source {
  /** The base table joined to the survivor (whose organisation scopes a caseworker's report). */
  from: string;
  start: string;
  end: string;
  where: string[];
  groups: Record<RetentionGroup, Grouping>;
}

const cohorts = (start: string): Pick<Record<RetentionGroup, Grouping>, 'cohort_month' | 'cohort_quarter'> => ({
  cohort_month: { key: `to_char(${start}, 'YYYY-MM')`, joins: '', labels: null },
  cohort_quarter: { key: `to_char(${start}, 'YYYY-"Q"Q')`, joins: '', labels: null },
});

const ORGANISATION_LABELS = `SELECT id::text AS key, name AS label FROM organisations WHERE id::text = ANY($1)`;

/**
 * Where each subject's durations come from. Every SQL fragment is fixed here and chosen by an
 * allowlisted group name; nothing from the request reaches the SQL text. Each grouping joins
 * only the tables its key needs, and labels are looked up afterwards for the keys found.
 */
const SOURCES: Record<RetentionSubject, Source> = {
  placements: {
    from: 'placements p JOIN survivor_profiles s ON s.id = p.survivor_id',
    start: 'p.start_date',
    end: 'p.end_date',
    where: [],
    groups: {
      organisation: { key: 's.organisation_id::text', joins: '', labels: ORGANISATION_LABELS },
      employer: { key: 'p.employer_id::text', joins: '', labels: ORGANISATION_LABELS },
      sector: { key: 'j.sector', joins: 'JOIN jobs j ON j.id = p.job_id', labels: null },
      job: {
        key: 'p.job_id::text',
        joins: '',
        labels: `SELECT j.id::text AS key, j.title || ' (' || o.name || ')' AS label FROM jobs j JOIN organisations o ON o.id = j.employer_id WHERE j.id::text = ANY($1)`,
      },
      ...cohorts('p.start_date'),
    },
  },
  grants: {
    from: 'grant_applications g JOIN survivor_profiles s ON s.id = g.survivor_id',
    start: `(g.decided_at AT TIME ZONE 'UTC')::date`,
    end: 'g.trading_ended_on',
    where: [`g.status = 'awarded'`, 'g.decided_at IS NOT NULL'],
    groups: {
      organisation: { key: 's.organisation_id::text', joins: '', labels: ORGANISATION_LABELS },
      employer: { key: 'gp.funder_id::text', joins: 'JOIN grant_programmes gp ON gp.id = g.programme_id', labels: ORGANISATION_LABELS },
      sector: { key: `coalesce(gp.sector, 'any')`, joins: 'JOIN grant_programmes gp ON gp.id = g.programme_id', labels: null },
      job: { key: 'g.programme_id::text', joins: '', labels: `SELECT id::text AS key, title AS label FROM grant_programmes WHERE id::text = ANY($1)` },
      ...cohorts(`(g.decided_at AT TIME ZONE 'UTC')::date`),
    },
  },
};

@Injectable()
export class RetentionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Counts per (group, duration, ended) rather than one row per placement: the database does the
   * counting, and the estimator gets weighted rows.
   */
  async durations(filter: RetentionFilter): Promise<{ counts: DurationCount[]; labels: Map<string, string> }> {
    const source = SOURCES[filter.subject];
    const group: Grouping = filter.groupBy ? source.groups[filter.groupBy] : { key: `'all'`, joins: '', labels: null };
    const where: string[] = [`${source.start} <= $1::date`, ...source.where];
    const params: unknown[] = [filter.asOf];
    if (filter.organisationId) where.push(`s.organisation_id = $${params.push(filter.organisationId)}`);
    if (filter.from) where.push(`${source.start} >= $${params.push(filter.from)}::date`);
    if (filter.to) where.push(`${source.start} <= $${params.push(filter.to)}::date`);
    const rows: DurationCount[] = await this.dataSource.query(
      `SELECT ${group.key} AS key, (coalesce(${source.end}, $1::date) - ${source.start}) AS duration, (${source.end} IS NOT NULL) AS ended, count(*)::int AS count
         FROM ${source.from} ${group.joins}
        WHERE ${where.join(' AND ')}
        GROUP BY 1, 2, 3`,
      params,
    );
    const keys = [...new Set(rows.map((row) => row.key))];
    const labels = new Map<string, string>(keys.map((key) => [key, key]));
    if (group.labels && keys.length) {
      for (const row of (await this.dataSource.query(group.labels, [keys])) as Array<{ key: string; label: string }>) labels.set(row.key, row.label);
    }
    return { counts: rows.map((row) => ({ ...row, duration: Math.max(0, row.duration) })), labels };
  }
}
