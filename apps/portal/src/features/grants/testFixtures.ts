import type { GrantProgramme } from '../../api/types';

export const PROGRAMME_ID = '00000000-0000-4000-8000-00000000e001';
export const FUNDER_ID = '00000000-0000-4000-8000-0000000000f1';

export function programme(overrides: Partial<GrantProgramme> = {}): GrantProgramme {
  return {
    id: PROGRAMME_ID,
    funderId: FUNDER_ID,
    funderName: 'Seed Fund',
    title: 'Start-up grants for small food businesses',
    description: 'Grants to start a small food business: equipment, stock and a first market stall.',
    amount: { minMinor: 50000, maxMinor: 250000, currency: 'GBP' },
    eligibility: 'People starting a food business in the North West.',
    requiredDocuments: ['A short business plan (one page)'],
    sector: 'food',
    regionCode: 'north-west',
    regionName: 'North West',
    deadline: '2030-03-31',
    status: 'draft',
    openedAt: null,
    closedAt: null,
    ...overrides,
  };
}
