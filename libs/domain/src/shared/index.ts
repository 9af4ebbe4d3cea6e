export * from './decider';
export * from './message';
export * from './domain-rule-violation';
export * from './rule-codes';
export * from './local-date';
export * from './value-objects';
export * from './supervision-law';
export { ensureShape, type Shape } from './data-shape';
export * from './recorded-today';
