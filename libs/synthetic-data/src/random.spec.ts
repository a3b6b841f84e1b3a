import { Random, WeightedTable } from './random';

const draws = (random: Random, n: number) => Array.from({ length: n }, () => random.uint32());

describe('Random', () => {
  it('produces the same sequence it always has, so a seed means the same data in every release', () => {
    expect(draws(new Random('onward', 'known-answer'), 3)).toEqual([282038838, 4061633702, 1557948022]);
    expect(new Random(42).uuid()).toBe('ecd8fb86-3d09-46a8-b683-d286ddbf76db');
  });

  it('repeats for the same seed and stream and differs for another seed or stream', () => {
    expect(draws(new Random(7, 'jobs'), 50)).toEqual(draws(new Random(7, 'jobs'), 50));
    expect(draws(new Random(7, 'jobs'), 50)).not.toEqual(draws(new Random(8, 'jobs'), 50));
    expect(draws(new Random(7, 'jobs'), 50)).not.toEqual(draws(new Random(7, 'grants'), 50));
  });

  it('forks a sub-stream that does not depend on how much the parent has drawn', () => {
    const fresh = new Random(1, 'parent');
    const used = new Random(1, 'parent');
    draws(used, 100);
    expect(draws(fresh.fork('child'), 20)).toEqual(draws(used.fork('child'), 20));
  });

  it('draws whole numbers over the full inclusive range', () => {
    const random = new Random('int');
    const seen = new Set(Array.from({ length: 2000 }, () => random.int(3, 7)));
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
  });

  it('picks by weight', () => {
    const random = new Random('weighted');
    const table = new WeightedTable([['a', 1], ['b', 3], ['c', 0]] as const);
    const counts = { a: 0, b: 0, c: 0, d: 0, e: 0 };
    for (let i = 0; i < 20_000; i++) {
      counts[table.pick(random)]++;
      counts[random.weighted([['d', 1], ['e', 4]] as const)]++;
    }
    expect(counts.b / (counts.a + counts.b)).toBeCloseTo(0.75, 1);
    expect(counts.c).toBe(0);
    expect(counts.e / (counts.d + counts.e)).toBeCloseTo(0.8, 1);
  });

  it('samples normal and lognormal values with the asked-for centre and spread', () => {
    const random = new Random('normal');
    const values = Array.from({ length: 20_000 }, () => random.normal(10, 2));
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    const sd = Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length);
    expect(mean).toBeCloseTo(10, 1);
    expect(sd).toBeCloseTo(2, 1);
    const logs = Array.from({ length: 20_000 }, () => random.logNormal(Math.log(5), 0.5)).sort((a, b) => a - b);
    expect(logs[10_000]).toBeCloseTo(5, 0);
    expect(Math.min(...logs)).toBeGreaterThan(0);
  });

  it('shuffles into a permutation and samples distinct items', () => {
    const random = new Random('shuffle');
    const items = Array.from({ length: 50 }, (_, i) => i);
    const shuffled = random.shuffle(items);
    expect(shuffled).not.toEqual(items);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
    const sample = random.sample(items, 10);
    expect(new Set(sample).size).toBe(10);
    expect(random.sample(items, 80)).toHaveLength(50);
  });

  it('makes distinct version-4 UUIDs', () => {
    const random = new Random('uuid');
    const ids = Array.from({ length: 1000 }, () => random.uuid());
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
