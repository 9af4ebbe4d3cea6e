export * from './shared';
export * from './agency';
export * from './delegation';
export * from './recommendation';
export * from './obstacle';
export * from './user';
export * from './events';
export * from './streams';
