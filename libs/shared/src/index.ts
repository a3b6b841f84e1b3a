export * from './identity';
export * from './errors';
export * from './opportunities';
