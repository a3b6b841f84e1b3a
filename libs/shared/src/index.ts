export * from './identity';
export * from './errors';
