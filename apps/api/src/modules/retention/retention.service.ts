import { Injectable } from '@nestjs/common';
import { RETENTION_DAYS, RetentionGroup, RetentionSubject } from '@onward/shared';
import { Observation, RetentionSummary, summariseRetention } from '@onward/retention';
import { Clock, utcDay } from '../../common/clock/clock';
import { Errors } from '../../common/errors/domain.exception';
import { Actor } from '../../common/security/request-context';
import { AuditService } from '../audit/audit.service';
import { RetentionGroupDto, RetentionReportDto } from './dto/retention.dto';
import { DurationCount, RetentionRepository } from './retention.repository';

export interface RetentionInput {
  subject: RetentionSubject;
  groupBy: RetentionGroup | null;
  from: string | null;
  to: string | null;
  curves: boolean;
}

/**
 * Retention as Kaplan-Meier survival: placements (or grant-funded businesses) still running are
 * censored at today, not counted as ended. Caseworkers see their organisation's survivors;
 * admins see every organisation. The figures are aggregates: no survivor is named.
 */
@Injectable()
export class RetentionService {
  constructor(
    private readonly retention: RetentionRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async report(actor: Actor, input: RetentionInput): Promise<RetentionReportDto> {
    if (actor.role !== 'caseworker' && actor.role !== 'admin') throw Errors.notFound('The page');
    if (input.from && input.to && input.from > input.to) throw Errors.invalidField('to', 'The end of the range is before its start.');
    const asOf = utcDay(this.clock.now());
    const { counts, labels } = await this.retention.durations({
      subject: input.subject,
      groupBy: input.groupBy,
      organisationId: actor.role === 'admin' ? null : actor.organisationId,
      from: input.from,
      to: input.to,
      asOf,
    });
    const byKey = new Map<string, DurationCount[]>();
    for (const row of counts) {
      const rows = byKey.get(row.key);
      if (rows) rows.push(row);
      else byKey.set(row.key, [row]);
    }
    let entries = [...byKey.entries()];
    let smallGroupsCombined = 0;
    // Across organisations a group of one or two placements describes a person: admins see
    // such groups only combined, and not at all while the combination is still that small.
    if (actor.role === 'admin' && input.groupBy) {
      const small = entries.filter(([, rows]) => size(rows) < MIN_GROUP_FOR_ADMINS);
      smallGroupsCombined = small.length;
      entries = entries.filter(([, rows]) => size(rows) >= MIN_GROUP_FOR_ADMINS);
      const combined = small.flatMap(([, rows]) => rows);
      if (size(combined) >= MIN_GROUP_FOR_ADMINS) {
        entries.push([SMALL_GROUPS_KEY, combined]);
        labels.set(SMALL_GROUPS_KEY, `Groups under ${MIN_GROUP_FOR_ADMINS}, combined`);
      }
    }
    const groups = input.groupBy
      ? entries.map(([key, rows]) => group(key, labels.get(key) ?? key, summariseRetention(observations(rows), RETENTION_DAYS), input.curves))
      : [];
    groups.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
    return {
      subject: input.subject,
      groupBy: input.groupBy,
      from: input.from,
      to: input.to,
      asOf,
      days: [...RETENTION_DAYS],
      overall: group('all', 'All', summariseRetention(observations(counts), RETENTION_DAYS), true),
      groups,
      smallGroupsCombined,
    };
  }

  /** The same table as a spreadsheet; the download is audited. */
  async csv(actor: Actor, input: RetentionInput): Promise<string> {
    const report = await this.report(actor, { ...input, curves: false });
    await this.audit.record({ action: 'retention.export', outcome: 'success', actor });
    const header = ['group', 'label', 'count', 'ended', 'still_running', ...report.days.flatMap((day) => [`retained_${day}d`, `at_risk_${day}d`]), 'median_days'];
    const rows = [report.overall, ...report.groups].map((row) => [
      row.key,
      row.label,
      row.count,
      row.ended,
      row.censored,
      ...row.points.flatMap((point) => [point.survival === null ? null : point.survival.toFixed(4), point.atRisk]),
      row.medianDays ?? 'not reached',
    ]);
    return [header, ...rows].map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
  }
}

/** Admins see no group of fewer placements than this (see report()). */
const MIN_GROUP_FOR_ADMINS = 5;
const SMALL_GROUPS_KEY = 'small-groups';

const size = (rows: DurationCount[]) => rows.reduce((sum, row) => sum + row.count, 0);

/** The database's counts are the estimator's weights: no row per placement is ever built. */
const observations = (rows: DurationCount[]): Observation[] => rows.map((row) => ({ duration: row.duration, ended: row.ended, count: row.count }));

function group(key: string, label: string, summary: RetentionSummary, withCurve: boolean): RetentionGroupDto {
  return {
    key,
    label,
    count: summary.count,
    ended: summary.ended,
    censored: summary.censored,
    // Nobody followed that long and not everyone ended: the estimate is only the last value carried on.
    points: summary.points.map((point) => ({ day: point.day, survival: point.atRisk === 0 && point.survival > 0 ? null : round(point.survival), atRisk: point.atRisk })),
    medianDays: summary.medianDays,
    ...(withCurve ? { curve: summary.curve.map((step) => ({ time: step.time, survival: round(step.survival), atRisk: step.atRisk })) } : {}),
  };
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;

/**
 * One CSV cell. A value whose first non-blank character is =, +, -, @, a tab or a carriage
 * return is defused with an apostrophe, so a spreadsheet shows it rather than running it; a
 * value holding a comma, semicolon (the separator of many locales), tab, quote or line break is
 * quoted, so it cannot spill into a cell of its own.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^\s*[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",;\t\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
