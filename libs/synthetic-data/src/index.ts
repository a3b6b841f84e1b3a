/**
 * Deterministic synthetic data for benchmarks and demos: the same seed gives the same rows on
 * every machine. Pure: no I/O, no clock (callers pass `now`), no framework. Each generator
 * draws from its own named stream, so generators added later (survivors, placements,
 * check-ins) leave the output of existing ones unchanged.
 */
export * from './random';
export * from './regions';
export * from './sector-profiles';
export * from './organisations';
export * from './jobs';
export * from './grants';
export * from './survivors';
export * from './placements';
export * from './check-ins';
export * from './flags';
