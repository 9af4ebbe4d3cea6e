export * from './notices.module';
export * from './notice-settings';
export * from './notice-line';
export * from './notice-outbox';
export * from './digest-message';
export * from './digest-queue';
export * from './notice-mailer';
export * from './digest-courier';
