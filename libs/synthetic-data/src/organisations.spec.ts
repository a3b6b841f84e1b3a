import { SECTORS } from '@onward/shared';
import { generateEmployers, generateFunders } from './organisations';
import { UK_REGIONS } from './regions';

describe('generateEmployers', () => {
  const employers = generateEmployers(2000, { seed: 'spec', regions: UK_REGIONS });

  it('gives the same employers for the same seed', () => {
    expect(generateEmployers(2000, { seed: 'spec', regions: UK_REGIONS })).toEqual(employers);
    expect(generateEmployers(10, { seed: 'other', regions: UK_REGIONS })).not.toEqual(employers.slice(0, 10));
  });

  it('spreads employers over every sector and region, mostly in one region each', () => {
    expect(new Set(employers.map((employer) => employer.sector))).toEqual(new Set(SECTORS));
    const codes = new Set(UK_REGIONS.map((region) => region.code));
    for (const employer of employers) for (const region of employer.regions) expect(codes).toContain(region);
    expect(new Set(employers.map((employer) => employer.regions[0])).size).toBe(UK_REGIONS.length);
    const single = employers.filter((employer) => employer.regions.length === 1).length / employers.length;
    expect(single).toBeGreaterThan(0.7);
    expect(single).toBeLessThan(0.95);
    for (const employer of employers) expect(new Set(employer.regions).size).toBe(employer.regions.length);
  });

  it('writes contact details that cannot reach a real person', () => {
    for (const employer of employers) {
      expect(employer.contactEmail).toMatch(/^[a-z0-9-]+@[a-z0-9-]+\.example$/);
      expect(employer.contactPhone).toMatch(/^07700 900\d{3}$/);
    }
    expect(new Set(employers.map((employer) => employer.contactEmail)).size).toBe(employers.length);
    expect(new Set(employers.map((employer) => employer.id)).size).toBe(employers.length);
  });
});

describe('generateFunders', () => {
  it('gives the same funders for the same seed, with distinct ids', () => {
    const funders = generateFunders(30, { seed: 'spec' });
    expect(generateFunders(30, { seed: 'spec' })).toEqual(funders);
    expect(new Set(funders.map((funder) => funder.id)).size).toBe(30);
  });
});
