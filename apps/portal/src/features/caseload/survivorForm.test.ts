import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/i18n';
import {
  EMPTY_SURVIVOR_FORM,
  changedSections,
  survivorFormToCreateRequest,
  survivorFormToUpdateRequest,
  survivorToFormValues,
  validateSurvivorForm,
} from './survivorForm';
import { OTHER_EMPLOYER_ID, survivor } from '../profile/testFixtures';

describe('survivor form', () => {
  it('holds a profile as typed text, the minimum pay in major units', () => {
    const values = survivorToFormValues(survivor());
    expect(values.minimumHourlyWage).toBe('13.00');
    expect(values.hoursPerWeek).toBe('30');
    expect(values.skills[0]).toEqual({ code: 'food.food_hygiene', level: 'can_do', years: '2' });
    expect(values.excludedEmployerIds).toEqual([OTHER_EMPLOYER_ID]);
  });

  it('sends nothing sealed that nobody typed, and no region until one is chosen', () => {
    expect(survivorFormToCreateRequest({ ...EMPTY_SURVIVOR_FORM, pseudonym: ' Rosa ' })).toEqual({
      pseudonym: 'Rosa',
      skills: [],
      languages: [],
      availability: { hoursPerWeek: null, shifts: [] },
      preferences: { sectors: [], workplace: 'either', minimumHourlyWageMinor: null },
      exclusions: { regionCodes: [], employerIds: [], sectors: [] },
    });
  });

  it('converts the minimum pay to minor units without floating point', () => {
    const request = survivorFormToCreateRequest({ ...EMPTY_SURVIVOR_FORM, pseudonym: 'Rosa', minimumHourlyWage: '10.1' });
    expect(request.preferences?.minimumHourlyWageMinor).toBe(1010);
  });

  it('sends only the sections that changed, and clears an emptied sealed field with null', () => {
    const initial = survivorToFormValues(survivor());
    expect(survivorFormToUpdateRequest(initial, initial)).toEqual({});
    const edited = { ...initial, personal: { ...initial.personal, phone: '' }, minimumHourlyWage: '13.5' };
    expect(changedSections(initial, edited)).toEqual(['personal', 'preferences']);
    expect(survivorFormToUpdateRequest(initial, edited)).toEqual({
      personal: { legalName: 'Samira Haddad', dateOfBirth: '1994-05-02', phone: null, email: 'sam@example.org' },
      preferences: { sectors: ['food'], workplace: 'either', minimumHourlyWageMinor: 1350 },
    });
  });

  it('names the fields to fix as the API names them', () => {
    const errors = validateSurvivorForm(
      i18n.t,
      {
        ...EMPTY_SURVIVOR_FORM,
        personal: { legalName: '', dateOfBirth: '', phone: 'call me', email: 'maria' },
        skills: [{ code: 'food.prep', level: 'can_do', years: '2.5' }],
        hoursPerWeek: '0',
        inviteEmail: 'nope',
      },
      { invite: true },
    );
    expect(Object.keys(errors).sort()).toEqual(['availability.hoursPerWeek', 'inviteEmail', 'personal.email', 'personal.phone', 'pseudonym', 'skills.0.years']);
  });
});
