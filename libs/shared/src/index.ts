export * from './identity';
export * from './errors';
export * from './opportunities';
export * from './survivors';
export * from './follow-up';
