export * from './esdb-emulator';
export * from './emulator-log';
