/**
 * Risk: how serious a survivor's recent signals are, why, and when a caseworker must follow up.
 * Pure: no I/O, no clock (the caller passes `now`), no framework. The rules are data
 * (DEFAULT_RISK_RULES, set out in libs/risk/README.md); the API may pass its own.
 */
export * from './rules';
export * from './assess';
export * from './reasons';
