export * from './identity.module';
export * from './credential-store';
export * from './password-hasher';
export * from './submit-user-command';
export * from './user-directory';
export * from './disabled-accounts';
export * from './identity-tokens';
