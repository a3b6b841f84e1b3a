import { RETENTION_GROUPS, RETENTION_SUBJECTS } from '@onward/shared';
import type { RetentionGroupBy, RetentionQuery, RetentionSubject } from './api/types';

/** The choices on the outcomes page. They live in the address (no one's details do), so a view can be linked. */
export interface RetentionView {
  subject: RetentionSubject;
  groupBy: RetentionGroupBy | null;
  /** YYYY-MM-DD, or '' for no bound. */
  from: string;
  to: string;
}

// Typed against the OpenAPI document: a code the API does not take fails to compile here.
export const SUBJECTS: readonly RetentionSubject[] = RETENTION_SUBJECTS;
export const GROUPINGS: readonly RetentionGroupBy[] = RETENTION_GROUPS;

/** How many groups the chart draws beside the overall line; more would be unreadable. */
export const CHARTED_GROUPS = 5;

function isSubject(value: string | null): value is RetentionSubject {
  return SUBJECTS.some((subject) => subject === value);
}

function isGrouping(value: string | null): value is RetentionGroupBy {
  return GROUPINGS.some((grouping) => grouping === value);
}

/** A real calendar day as YYYY-MM-DD; anything else in an old or edited link is ignored. */
export function isIsoDay(value: string | null): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function readView(params: URLSearchParams): RetentionView {
  const subject = params.get('subject');
  const groupBy = params.get('groupBy');
  const from = params.get('from');
  const to = params.get('to');
  return {
    subject: isSubject(subject) ? subject : 'placements',
    groupBy: isGrouping(groupBy) ? groupBy : null,
    from: isIsoDay(from) ? from : '',
    to: isIsoDay(to) ? to : '',
  };
}

/** The address's search parameters for a view; the defaults are left out. */
export function viewParams(view: RetentionView): Record<string, string> {
  const params: Record<string, string> = {};
  if (view.subject !== 'placements') params.subject = view.subject;
  if (view.groupBy) params.groupBy = view.groupBy;
  if (view.from) params.from = view.from;
  if (view.to) params.to = view.to;
  return params;
}

/** Both bounds given, the wrong way round: the API would refuse it, so it is not asked. */
export function rangeIsReversed(view: RetentionView): boolean {
  return Boolean(view.from && view.to && view.from > view.to);
}

/** What to ask the API for: each group's curve too when grouped, for the chart. */
export function reportQuery(view: RetentionView): RetentionQuery {
  return {
    subject: view.subject,
    ...(view.groupBy && { groupBy: view.groupBy, curves: 'true' }),
    ...(view.from && { from: view.from }),
    ...(view.to && { to: view.to }),
  };
}
