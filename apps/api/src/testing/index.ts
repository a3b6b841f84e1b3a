export * from './fake-clock';
export * from './test-app';
export * from './test-database';
export * from './http-client';
export * from './factories';
export * from './mail-capture';
export * from './outbox';
export * from './providers';
