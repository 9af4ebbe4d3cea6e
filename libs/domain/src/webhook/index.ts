export * from './webhook';
export * from './webhook.shapes';
