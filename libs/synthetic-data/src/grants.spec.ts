import { SECTORS } from '@onward/shared';
import { generateGrantProgrammes } from './grants';
import { generateFunders } from './organisations';
import { UK_REGIONS } from './regions';

const NOW = new Date('2026-06-01T12:00:00Z');
const funders = generateFunders(20, { seed: 'spec' });
const options = { seed: 'spec', now: NOW, funders, regions: UK_REGIONS };
const programmes = generateGrantProgrammes(500, options);

describe('generateGrantProgrammes', () => {
  it('gives the same programmes for the same seed', () => {
    expect(generateGrantProgrammes(500, options)).toEqual(programmes);
    expect(generateGrantProgrammes(20, { ...options, seed: 'other' })).not.toEqual(programmes.slice(0, 20));
  });

  it('makes open microgrants of a few hundred to a few thousand pounds', () => {
    for (const programme of programmes) {
      expect(programme.amountMinMinor).toBeGreaterThanOrEqual(25_000);
      expect(programme.amountMaxMinor).toBeGreaterThanOrEqual(programme.amountMinMinor);
      expect(programme.amountMaxMinor).toBeLessThanOrEqual(1_000_000);
      expect(programme.status).toBe('open');
      expect(programme.openedAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
      if (programme.deadline) expect(programme.deadline > '2026-06-01').toBe(true);
      expect(programme.title.length).toBeLessThanOrEqual(120);
      expect(programme.description.length).toBeGreaterThanOrEqual(20);
      expect(programme.requiredDocuments.length).toBeGreaterThanOrEqual(1);
    }
    const amounts = programmes.map((programme) => programme.amountMaxMinor).sort((a, b) => a - b);
    expect(amounts[250]).toBeGreaterThanOrEqual(100_000);
    expect(amounts[250]).toBeLessThanOrEqual(400_000);
  });

  it('mixes programmes for any business and anywhere with sector- and region-specific ones', () => {
    const funderIds = new Set(funders.map((funder) => funder.id));
    for (const programme of programmes) {
      expect(funderIds).toContain(programme.funderId);
      if (programme.sector) expect(SECTORS).toContain(programme.sector);
    }
    const anySector = programmes.filter((programme) => programme.sector === null).length / programmes.length;
    const anywhere = programmes.filter((programme) => programme.regionCode === null).length / programmes.length;
    expect(anySector).toBeGreaterThan(0.2);
    expect(anySector).toBeLessThan(0.6);
    expect(anywhere).toBeGreaterThan(0.3);
    expect(anywhere).toBeLessThan(0.7);
  });
});
