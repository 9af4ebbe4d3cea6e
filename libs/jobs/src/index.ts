export * from './queues';
export * from './redis-connection';
export * from './jobs.module';
export * from './follow-up/follow-up.processor';
export * from './follow-up/follow-up.schedule';
