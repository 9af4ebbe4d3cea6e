export * from './port/envelope';
export * from './port/event-store';
export * from './port/errors';
export * from './hashing/canonical-json';
export * from './hashing/event-hash';
export * from './hashing/verify-stream-chain';
export * from './sqlite/sqlite-event-store';
export * from './subscription/catch-up-subscription';
