import type { Concern, EmployerDetail, EmployerSummary } from '../../api/types';

/** Shapes the API answers with, for the vetting tests. */
export const EMPLOYER_ID = '00000000-0000-4000-8000-0000000000b1';
export const CONCERN_ID = '00000000-0000-4000-8000-00000000d001';

export function employerSummary(overrides: Partial<EmployerSummary> = {}): EmployerSummary {
  return {
    id: EMPLOYER_ID,
    name: 'Green Valley Foods',
    legalName: 'Green Valley Foods Ltd',
    sector: 'food',
    regions: ['north-west'],
    status: 'in_review',
    expired: false,
    vettedUntil: null,
    statusChangedAt: '2026-01-05T10:00:00.000Z',
    registeredAt: '2026-01-04T10:00:00.000Z',
    ...overrides,
  };
}

export function concern(overrides: Partial<Concern> = {}): Concern {
  return {
    id: CONCERN_ID,
    employerId: EMPLOYER_ID,
    employerName: 'Green Valley Foods',
    category: 'documents_held',
    details: 'They kept my passport in the office safe.',
    status: 'open',
    holdsPublication: true,
    reporterRole: 'survivor',
    reporterInYourOrganisation: true,
    reportedAt: '2026-01-06T10:00:00.000Z',
    reviewedAt: null,
    reviewNote: null,
    ...overrides,
  };
}

export function employerDetail(overrides: Partial<EmployerDetail> = {}): EmployerDetail {
  return {
    ...employerSummary(),
    registrationNumber: '01234567',
    contactName: 'Pat Owner',
    contactEmail: 'pat@greenvalley.example',
    contactPhone: '+44 20 7946 0000',
    reason: null,
    checklist: null,
    history: [
      {
        from: 'pending',
        to: 'in_review',
        by: 'Casey',
        reason: 'Review started',
        checklist: null,
        vettedUntil: null,
        fromConcern: false,
        at: '2026-01-05T10:00:00.000Z',
      },
      { from: null, to: 'pending', by: 'Jo', reason: 'Registered', checklist: null, vettedUntil: null, fromConcern: false, at: '2026-01-04T10:00:00.000Z' },
    ],
    concerns: [],
    ...overrides,
  };
}
