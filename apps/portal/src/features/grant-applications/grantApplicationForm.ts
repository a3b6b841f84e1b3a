import { MILESTONES_MAX } from '@onward/shared';
import type { TFunction } from 'i18next';
import { parseAmountToMinor } from '../employers/money';
import type { AwardRequest } from './api/types';

/** The API's limits (grant-application-input.dto.ts). */
export const LIMITS = {
  planMin: 50,
  planMax: 5000,
  agreementMax: 1000,
  noteMax: 2000,
  milestoneTitleMin: 3,
  milestoneTitleMax: 200,
  milestonesMax: MILESTONES_MAX,
  referenceMax: 200,
};

export interface AmountRange {
  minMinor: number;
  maxMinor: number;
}

export type AmountProblem = 'required' | 'invalid' | 'outsideRange';

/** The amount a person typed, in minor units, or why it cannot be sent. */
export function readAmount(text: string, range?: AmountRange): { minor: number } | { problem: AmountProblem } {
  if (!text.trim()) return { problem: 'required' };
  const minor = parseAmountToMinor(text);
  if (minor === null || minor === 0) return { problem: 'invalid' };
  if (range && (minor < range.minMinor || minor > range.maxMinor)) return { problem: 'outsideRange' };
  return { minor };
}

/** The words for an amount problem; `outsideRange` names the range ("from £100.00 to £500.00"). */
export function amountProblemMessage(t: TFunction, problem: AmountProblem, range?: { min: string; max: string }): string {
  if (problem === 'required') return t('validation.required');
  if (problem === 'outsideRange' && range) return t('grantApplications.form.amountOutsideRange', range);
  return t('grantApplications.form.amountInvalid');
}

export function checkBusinessPlan(t: TFunction, text: string): string | undefined {
  const plan = text.trim();
  if (!plan) return t('validation.required');
  if (plan.length < LIMITS.planMin) return t('grantApplications.form.planTooShort', { min: LIMITS.planMin });
  return undefined;
}

/**
 * Today as YYYY-MM-DD. The API counts days in UTC: of the local and the UTC date, the earlier,
 * so a date filled in for "today" is never in the API's future.
 */
export function today(now: Date = new Date()): string {
  const local = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  const utc = now.toISOString().slice(0, 10);
  return local < utc ? local : utc;
}

/** One row of the award's milestones editor, as typed. `key` keeps React rows apart. */
export interface MilestoneRow {
  key: number;
  title: string;
  dueDate: string;
  tranche: string;
}

export interface AwardFormValues {
  amount: string;
  note: string;
  milestones: MilestoneRow[];
}

export interface MilestoneRowErrors {
  title?: string;
  dueDate?: string;
  tranche?: string;
}

export interface AwardFormErrors {
  amount?: string;
  milestones: MilestoneRowErrors[];
}

/** The tranches typed so far, in minor units; a tranche not (yet) a valid amount counts as nothing. */
export function trancheSum(rows: MilestoneRow[]): number {
  return rows.reduce((total, row) => total + (parseAmountToMinor(row.tranche) ?? 0), 0);
}

export function hasAwardErrors(errors: AwardFormErrors): boolean {
  return Boolean(errors.amount) || errors.milestones.some((row) => Object.values(row).some(Boolean));
}

/** Checks a caseworker can fix before sending; the API checks again (dates in the past, the programme's maximum). */
export function validateAwardForm(t: TFunction, values: AwardFormValues, { maxMinor, todayDate }: { maxMinor: number; todayDate: string }): AwardFormErrors {
  const amount = readAmount(values.amount);
  const errors: AwardFormErrors = { milestones: [] };
  if ('problem' in amount) errors.amount = amountProblemMessage(t, amount.problem);
  else if (amount.minor > maxMinor) errors.amount = t('grantApplications.award.amountAboveMax');
  errors.milestones = values.milestones.map((row) => {
    const rowErrors: MilestoneRowErrors = {};
    const title = row.title.trim();
    if (!title) rowErrors.title = t('validation.required');
    else if (title.length < LIMITS.milestoneTitleMin) rowErrors.title = t('grantApplications.award.titleTooShort', { min: LIMITS.milestoneTitleMin });
    if (!row.dueDate) rowErrors.dueDate = t('validation.required');
    else if (row.dueDate < todayDate) rowErrors.dueDate = t('grantApplications.award.dueDateInPast');
    if (!row.tranche.trim()) rowErrors.tranche = t('validation.required');
    else if (parseAmountToMinor(row.tranche) === null) rowErrors.tranche = t('grantApplications.form.amountInvalid');
    return rowErrors;
  });
  return errors;
}

export function awardFormToRequest(values: AwardFormValues): AwardRequest {
  return {
    amountMinor: parseAmountToMinor(values.amount) ?? 0,
    note: values.note.trim() || null,
    milestones: values.milestones.map((row) => ({
      title: row.title.trim(),
      dueDate: row.dueDate,
      trancheMinor: parseAmountToMinor(row.tranche) ?? 0,
    })),
  };
}
