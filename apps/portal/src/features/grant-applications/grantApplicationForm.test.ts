import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/i18n';
import { awardFormToRequest, hasAwardErrors, readAmount, today, trancheSum, validateAwardForm, type AwardFormValues } from './grantApplicationForm';

const t = i18n.t.bind(i18n);
const row = (key: number, title: string, dueDate: string, tranche: string) => ({ key, title, dueDate, tranche });

describe('grant application forms', () => {
  it('reads amounts as minor units, and says why one cannot be sent', () => {
    expect(readAmount('750.5')).toEqual({ minor: 75050 });
    expect(readAmount('')).toEqual({ problem: 'required' });
    expect(readAmount('0')).toEqual({ problem: 'invalid' });
    expect(readAmount('7,50.1')).toEqual({ problem: 'invalid' });
    expect(readAmount('20', { minMinor: 50_000, maxMinor: 200_000 })).toEqual({ problem: 'outsideRange' });
    expect(readAmount('2000', { minMinor: 50_000, maxMinor: 200_000 })).toEqual({ minor: 200_000 });
  });

  it('adds up the tranches typed so far, counting one not yet an amount as nothing', () => {
    expect(trancheSum([row(1, '', '', '200.00'), row(2, '', '', '0.1'), row(3, '', '', 'abc'), row(4, '', '', '')])).toBe(20010);
  });

  it('checks each milestone row and the award against the programme maximum', () => {
    const values: AwardFormValues = { amount: '2500', note: '', milestones: [row(1, 'ok', '2029-12-31', '100'), row(2, 'Stall licence bought', '2030-03-01', 'x')] };
    const errors = validateAwardForm(t, values, { maxMinor: 200_000, todayDate: '2030-01-01' });
    expect(errors).toEqual({
      amount: "The award cannot be more than the programme's largest grant.",
      milestones: [{ title: 'Write at least 3 characters.', dueDate: 'Choose today or a later date.' }, { tranche: 'Enter an amount like 250.00.' }],
    });
    expect(hasAwardErrors(errors)).toBe(true);
    expect(hasAwardErrors(validateAwardForm(t, { ...values, amount: '600', milestones: [row(1, 'Stall licence bought', '2030-01-01', '600')] }, { maxMinor: 200_000, todayDate: '2030-01-01' }))).toBe(false);
  });

  it('builds the award request with trimmed words and minor units', () => {
    expect(awardFormToRequest({ amount: '600', note: '  ', milestones: [row(1, ' Stall licence bought ', '2030-03-01', '600.00')] })).toEqual({
      amountMinor: 60000,
      note: null,
      milestones: [{ title: 'Stall licence bought', dueDate: '2030-03-01', trancheMinor: 60000 }],
    });
  });

  it("never gives a 'today' that is in the API's future (UTC)", () => {
    const now = new Date('2030-06-01T00:30:00.000Z');
    const local = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    expect(today(now)).toBe(local < '2030-06-01' ? local : '2030-06-01');
  });
});
