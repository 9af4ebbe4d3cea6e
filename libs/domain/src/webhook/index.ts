export * from './webhook.decide';
export * from './webhook.shapes';
