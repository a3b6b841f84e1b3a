/**
 * Retention: how long placements and grant-funded businesses last, by the Kaplan-Meier estimator.
 * Pure: no I/O, no clock (the caller measures durations), no framework. See libs/retention/README.md.
 */
export * from './kaplan-meier';
