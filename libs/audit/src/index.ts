export * from './audit.module';
export * from './audit-checkpoints';
export * from './log-integrity';
export * from './signing-key';
export * from './checkpoint-witness';
export * from './stream-history';
export * from './trusted-keys';
export * from './log-export';
