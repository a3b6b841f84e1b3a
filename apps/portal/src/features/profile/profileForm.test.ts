import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/errors';
import { hintFor, personalRequest, preferencesRequest, serverRefused, validatePersonal, validatePreferences, validateSkills } from './profileForm';

describe('profile form rules', () => {
  it('finds the message for a refused field by its path, list positions aside', () => {
    expect(hintFor('skills.2.years')).toBe('profile.hints.years');
    expect(hintFor('exclusions.regionCodes')).toBe('profile.hints.exclusions');
    expect(hintFor('availability.shifts')).toBe('validation.invalid');
  });

  it('knows which fields the API refused, nested ones included unless asked for exactly', () => {
    const error = new ApiError(400, { statusCode: 400, code: 'validation_failed', message: '', fields: { 'skills.0.years': ['too many'] } });
    expect(serverRefused(error, 'skills.0.years')).toBe(true);
    expect(serverRefused(error, 'skills')).toBe(true);
    expect(serverRefused(error, 'skills', true)).toBe(false);
    expect(serverRefused(new Error('offline'), 'skills')).toBe(false);
  });

  it('checks private details the way the API does, and clears emptied ones', () => {
    const values = { legalName: ' Samira ', dateOfBirth: '2999-01-01', phone: 'call me', email: 'sam@' };
    expect(validatePersonal(values, '2026-03-01')).toEqual({
      'personal.dateOfBirth': 'profile.hints.dateOfBirth',
      'personal.phone': 'profile.hints.phone',
      'personal.email': 'profile.hints.email',
    });
    expect(validatePersonal({ legalName: '', dateOfBirth: '', phone: '+44 (0)7700 900123', email: '' }, '2026-03-01')).toEqual({});
    expect(personalRequest({ ...values, dateOfBirth: '', phone: '', email: ' ' })).toEqual({ personal: { legalName: 'Samira', dateOfBirth: null, phone: null, email: null } });
  });

  it('takes years and pay as people type them', () => {
    expect(validateSkills([{ code: 'a', level: 'can_do', years: '61' }, { code: 'b', level: 'learning', years: '2.5' }, { code: 'c', level: 'experienced', years: ' 3 ' }])).toEqual({
      'skills.0.years': 'profile.hints.years',
      'skills.1.years': 'profile.hints.years',
    });
    expect(validatePreferences({ sectors: [], workplace: 'either', minimumPay: '12.345' })).toEqual({ 'preferences.minimumHourlyWageMinor': 'profile.hints.minimumPay' });
    expect(preferencesRequest({ sectors: ['food'], workplace: 'on_site', minimumPay: '12,5' })).toEqual({ preferences: { sectors: ['food'], workplace: 'on_site', minimumHourlyWageMinor: 1250 } });
    expect(preferencesRequest({ sectors: [], workplace: 'remote', minimumPay: ' ' })).toEqual({ preferences: { sectors: [], workplace: 'remote', minimumHourlyWageMinor: null } });
  });
});
