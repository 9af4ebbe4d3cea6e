export * from './webhooks.module';
export * from './webhook-settings';
export * from './submit-webhook-command';
export * from './target-guard';
export * from './webhook-signature';
export * from './webhook-outbox';
export * from './delivery-queue';
export * from './webhook-courier';
